using IbpPortal.Build;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using IbpPortal.Settings;

namespace IbpPortal.Load;

/// <summary>Reads the <see cref="DataAnnex"/>: only when the portal has plan data, as nothing else uses it.</summary>
public static class DataAnnexLoader
{
    /// <summary>Reads the files beside <paramref name="data"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static DataAnnex Load(BuildOptions options, PortalSettings settings, PlanData data, SourceHashes hashes, DiagnosticBag diagnostics)
    {
        if (data.Actuals.Count == 0 && data.Organisations.Count == 0)
        {
            return DataAnnex.None;
        }

        var root = options.Root;
        var period = ReportingPeriods.Of(settings, data);
        return new DataAnnex(
            SourcesFile.Read(root, diagnostics),
            CoherenceFile.Read(root, data.Metrics, diagnostics),
            PreviousEditionLocator.Find(root, settings.PreviousEdition, options.OutputPath, period, diagnostics),
            [.. PreviousEditionLocator.Archive(options.OutputPath).Where(a => a.Period != period)],
            hashes.DataFingerprint());
    }
}
