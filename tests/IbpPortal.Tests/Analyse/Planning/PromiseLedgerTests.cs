using IbpPortal.Analyse.Planning;
using IbpPortal.Model;

namespace IbpPortal.Tests.Analyse.Planning;

/// <summary>Promises kept, checked across editions on a worked example.</summary>
/// <remarks>
/// The June 2025 edition checks six live promises and one closed one:
/// p1 RR8 four-hour, made December 2024 for March 2025: still an exception, narrative kept, June ≥ March → overdue.
/// p2 RR8 four-hour, made March 2025 for June 2025: still an exception, narrative kept, June ≥ June → overdue.
/// p3 RR8 cancer, made March 2025 for September 2025: still an exception, narrative kept, June &lt; September → open.
/// p4 RXF four-hour, made March 2025 for September 2025: still an exception, no narrative now → dropped (not yet missed).
/// p5 RTD 18 weeks, made March 2025 for June 2025: no longer an exception, June ≤ June → kept.
/// p6 RTF diagnostics, made March 2025 for April 2025: no longer an exception, June &gt; April → recovered late.
/// p7 RTR, kept in March: closed, so not carried.
/// This edition's RR8 four-hour narrative promises March 2026, a new month → a new open promise; its cancer narrative repeats
/// September 2025, which p3 already holds → nothing new. RR8's four-hour has two missed promises (p1, p2) → repeated exception.
/// </remarks>
public sealed class PromiseLedgerTests
{
    private static readonly Period June = new(2025, 6);

    private static Promise P(string org, string measure, string made, string recovery, PromiseStatus status = PromiseStatus.Open) =>
        new(org, measure, Period.Parse(made), Period.Parse(recovery), "Owner", ["Act"], status, Period.Parse(made));

    [Fact]
    public void Earlier_promises_are_kept_late_overdue_open_or_dropped()
    {
        Promise[] earlier =
        [
            P("RR8", "ae_4hr", "2024-12", "2025-03"),
            P("RR8", "ae_4hr", "2025-03", "2025-06"),
            P("RR8", "cancer_62d", "2025-03", "2025-09"),
            P("RXF", "ae_4hr", "2025-03", "2025-09"),
            P("RTD", "rtt_18wk", "2025-03", "2025-06"),
            P("RTF", "dm01_6wk", "2025-03", "2025-04"),
            P("RTR", "ae_4hr", "2025-03", "2025-03", PromiseStatus.Kept),
        ];
        PromiseMade[] made =
        [
            new("RR8", "ae_4hr", June, "March 2026", "COO", ["More beds"]),
            new("RR8", "cancer_62d", June, "September 2025", "COO", []),
        ];
        HashSet<(string, string)> exceptions = [("RR8", "ae_4hr"), ("RR8", "cancer_62d"), ("RXF", "ae_4hr")];

        var ledger = PromiseLedger.Check(earlier, June, made, (o, m) => exceptions.Contains((o, m)));

        Assert.Equal(
            [
                ("RR8", "ae_4hr", "2024-12", "2025-03", PromiseStatus.Overdue),
                ("RR8", "ae_4hr", "2025-03", "2025-06", PromiseStatus.Overdue),
                ("RR8", "ae_4hr", "2025-06", "2026-03", PromiseStatus.Open),
                ("RR8", "cancer_62d", "2025-03", "2025-09", PromiseStatus.Open),
                ("RTD", "rtt_18wk", "2025-03", "2025-06", PromiseStatus.Kept),
                ("RTF", "dm01_6wk", "2025-03", "2025-04", PromiseStatus.RecoveredLate),
                ("RXF", "ae_4hr", "2025-03", "2025-09", PromiseStatus.Dropped),
            ],
            ledger.Select(p => (p.Org, p.Measure, p.MadeIn.ToString(), p.Recovery.ToString(), p.Status)));
        Assert.All(ledger, p => Assert.Equal(June, p.CheckedIn));
        Assert.Equal(["ae_4hr"], PromiseLedger.RepeatedExceptions(ledger, "RR8"));
        Assert.Empty(PromiseLedger.RepeatedExceptions(ledger, "RXF"));
    }

    [Fact]
    public void The_next_edition_carries_only_live_promises()
    {
        var june = PromiseLedger.Check([P("RTD", "rtt_18wk", "2025-03", "2025-06"), P("RXF", "ae_4hr", "2025-03", "2025-09")], June, [], (o, _) => o == "RXF");
        var july = PromiseLedger.Check(june, new Period(2025, 7), [], (_, _) => false);

        // RTD was kept in June and leaves; RXF (dropped in June) recovers in July, before September: kept.
        var only = Assert.Single(july);
        Assert.Equal(("RXF", PromiseStatus.Kept), (only.Org, only.Status));
    }

    [Theory]
    [InlineData("March 2026", "2026-03")]
    [InlineData("Mar 2026", "2026-03")]
    [InlineData("2026-03", "2026-03")]
    [InlineData("End of September 2025.", "2025-09")]
    [InlineData("Q4 2025/26", null)]
    [InlineData("TBC", null)]
    [InlineData("", null)]
    public void A_recovery_month_is_read_as_narratives_write_it(string text, string? expected) =>
        Assert.Equal(expected, PromiseMonth.Parse(text)?.ToString());

    [Fact]
    public void Earlier_narrative_folders_seed_a_first_ledger_once_per_month()
    {
        PromiseMade[] folders =
        [
            new("RR8", "ae_4hr", new Period(2025, 3), "June 2025", null, []),
            new("RR8", "ae_4hr", new Period(2024, 12), "March 2025", null, []),
            new("RR8", "ae_4hr", June, "March 2026", null, []),
            new("RR8", "x", new Period(2025, 3), "TBC", null, []),
        ];
        var seeded = PromiseLedger.FromEarlierNarratives(folders, June);
        Assert.Equal(["2025-03", "2025-06"], seeded.Select(p => p.Recovery.ToString()));
    }
}
