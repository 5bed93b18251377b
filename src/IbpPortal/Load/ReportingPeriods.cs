using IbpPortal.Model;
using IbpPortal.Settings;

namespace IbpPortal.Load;

/// <summary>The month a build reports on: <c>reporting_period</c> in <c>portal.yml</c>, else the latest month with actuals (or plans).</summary>
public static class ReportingPeriods
{
    /// <summary>The reporting period of <paramref name="data"/> under <paramref name="settings"/>.</summary>
    public static Period Of(PortalSettings settings, PlanData data) =>
        settings.ReportingPeriod
        ?? (data.Actuals.Count > 0 ? data.Actuals.Max(a => a.Period) : data.Plans.Select(p => p.Period).DefaultIfEmpty(new Period(2000, 1)).Max());
}
