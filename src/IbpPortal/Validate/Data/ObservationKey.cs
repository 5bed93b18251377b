using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>One row's organisation, metric and month: a file has at most one row for each.</summary>
/// <remarks>A struct of its own rather than a tuple, so that a dictionary of a national portal's rows compares keys without shared generic code.</remarks>
internal readonly record struct ObservationKey(string Org, string Metric, Period Period);
