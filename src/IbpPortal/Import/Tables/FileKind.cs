namespace IbpPortal.Import.Tables;

/// <summary>How a published file is stored, found from its first bytes (not trusted from its name).</summary>
internal enum FileKind
{
    /// <summary>Comma-separated text.</summary>
    Csv,

    /// <summary>An Excel 97–2003 workbook (BIFF8 in an OLE compound file).</summary>
    Xls,

    /// <summary>An Excel 2007+ workbook (a zip holding <c>xl/workbook.xml</c>).</summary>
    Xlsx,

    /// <summary>A zip holding one CSV (NHS England's large extracts).</summary>
    ZipOfCsv,
}
