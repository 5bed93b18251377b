using IbpPortal.Build;
using IbpPortal.Content;
using IbpPortal.Model;
using IbpPortal.Settings;
using IbpPortal.Theme;

namespace IbpPortal.Load;

/// <summary>Everything the Load stage read: settings, content, plan data and the theme.</summary>
/// <param name="WithheldSources">Source paths of every page left out as internal or draft; files kept beside them are left out too.</param>
/// <param name="Annex">The files read beside the plan data (sources, coherence rules, earlier editions, the data's fingerprint).</param>
/// <param name="Hashes">The build's one hasher of source files (each read once).</param>
/// <param name="InputFiles">Every file under <c>input/</c> (paths relative to it, '/'-separated, in ordinal order of the full path).</param>
/// <param name="WithheldRoutes">Routes of pages left out of this build (internal pages in a public build), so links to them can be reported.</param>
public sealed record PortalInput(
    BuildOptions Options,
    PortalSettings Settings,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlyList<CommentaryDocument> Commentary,
    IReadOnlyDictionary<string, Reference> References,
    PlanData Data,
    DataAnnex Annex,
    SourceHashes Hashes,
    IReadOnlyList<string> InputFiles,
    ThemeFiles ThemeFiles,
    TemplateEngine Templates,
    IReadOnlySet<string> WithheldRoutes,
    IReadOnlySet<string> WithheldSources);
