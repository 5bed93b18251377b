using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Analyse;

/// <summary>The seam through which the analyser asks for an XmR chart, so that SPC can be supplied (and faked in tests) separately.</summary>
/// <remarks>The analyser calls it in parallel for different series; an implementation must not share mutable state.</remarks>
/// <param name="series">The complete monthly series, oldest first, with the target in force each month.</param>
/// <param name="improvement">Which direction of change is good.</param>
/// <param name="rebaseAt">Periods at which a new segment starts.</param>
/// <param name="options">Screening and reliability settings.</param>
public delegate SpcResult SpcFunction(
    IReadOnlyList<SpcInputPoint> series,
    Improvement improvement,
    IReadOnlyCollection<Period> rebaseAt,
    SpcOptions options);
