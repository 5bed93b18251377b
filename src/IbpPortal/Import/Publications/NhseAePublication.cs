using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;

namespace IbpPortal.Import.Publications;

/// <summary><c>ibp import nhse-ae</c>: NHS England's monthly A&amp;E attendances and emergency admissions provider CSV.</summary>
internal sealed class NhseAePublication : IPublication
{
    public string Id => "nhse-ae";

    public string Title => "NHS England's monthly A&E provider CSV";

    public IReadOnlyList<CatalogueMetric> Metrics => MeasureCatalogue.For(Id);

    public void Read(PublishedFile file, ImportBatch batch, DiagnosticBag diagnostics, ImportProgress progress)
    {
        if (NhseAeFile.Read(file.FullPath, file.Display, diagnostics) is not { } read)
        {
            return;
        }

        batch.TotalRows += read.TotalRows;
        foreach (var row in read.Rows)
        {
            if (batch.Provider(row.Org, row.Name, row.Source, "Org Code", diagnostics))
            {
                foreach (var (metric, value) in row.Values)
                {
                    batch.Add(row.Org, metric, row.Period, value, row.Source);
                }
            }
        }
    }
}
