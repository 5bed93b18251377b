namespace IbpPortal.Model;

/// <summary>The kind of organisation: an integrated care board or an NHS trust.</summary>
public enum OrgType
{
    Icb,
    Trust,
}
