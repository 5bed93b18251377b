namespace IbpPortal.BoardPacks.Layout;

/// <summary>Horizontal alignment of a table column's text.</summary>
public enum CellAlign
{
    /// <summary>Left-aligned, for words.</summary>
    Left,

    /// <summary>Right-aligned, for numbers.</summary>
    Right,

    /// <summary>Centred, for short symbols.</summary>
    Centre,
}
