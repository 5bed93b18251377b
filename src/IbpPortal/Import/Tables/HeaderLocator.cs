namespace IbpPortal.Import.Tables;

/// <summary>Finds a table's header row by the column names it must have, never by a fixed row number.</summary>
internal static class HeaderLocator
{
    /// <summary>How far down a sheet a header may be (NHS England's are 13 to 15 rows down).</summary>
    public const int MaxRowsAbove = 60;

    /// <summary>Reads rows until one holds every name in <paramref name="required"/>; the enumerator is left on it.</summary>
    /// <param name="missing">When no header is found: the names that the row holding most of them lacks (all when none).</param>
    /// <returns>The header, or null when none is in the first <see cref="MaxRowsAbove"/> rows.</returns>
    public static TableHeader? Find(IEnumerator<TableRow> rows, IReadOnlyCollection<string> required, out IReadOnlyList<string> missing)
    {
        var above = new List<TableRow>();
        var bestCount = -1;
        missing = required.ToList();
        while (above.Count <= MaxRowsAbove && rows.MoveNext())
        {
            var header = new TableHeader(rows.Current, above.ToList());
            var lacking = required.Where(n => !header.Has(n)).ToList();
            if (lacking.Count == 0)
            {
                missing = [];
                return header;
            }

            if (required.Count - lacking.Count > bestCount)
            {
                bestCount = required.Count - lacking.Count;
                missing = lacking;
            }

            above.Add(rows.Current);
        }

        return null;
    }
}
