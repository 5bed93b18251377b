namespace IbpPortal.Content;

/// <summary>Who may see a page: everyone, or only readers of an internal (board Part II) build.</summary>
public enum Visibility
{
    Public,
    Internal,
}
