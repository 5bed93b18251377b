using System.Globalization;
using IbpPortal.BoardPacks.Layout;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>The cover (title as the document's H1, organisation, period, key messages, date of issue, edition), the summary matrix on page 2, then the contents.</summary>
internal sealed class CoverSection : IPackSection
{
    /// <summary>The most key messages a cover carries.</summary>
    public const int MaxMessages = 5;

    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        var org = pack.Org;
        var kind = pack.IsIcb
            ? $"Integrated care board: system pack covering {pack.Analysis.TrustsOf(org.Code).Count} trusts"
            : "NHS trust";
        report.Space(40)
            .Title("Integrated Performance Report", $"{org.Name} ({org.Code}) · {pack.Period.ToLongDisplay()}");
        var messages = KeyMessages(pack);
        report.Heading(2, "Key messages", bookmark: false)
            .List(false, list =>
            {
                foreach (var (text, anchor) in messages)
                {
                    list.Item(p => p.Text(text + " ").LinkTo("More", anchor).Text("."));
                }
            })
            .Space(12)
            .Paragraph(p => p.Bold("Reporting period: ").Text(pack.Period.ToLongDisplay()))
            .Paragraph(p => p.Bold("Date of issue: ").Text(pack.Issued.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)))
            .Paragraph(p => p.Bold("Organisation: ").Text(kind))
            .Paragraph(p => p.Bold("Published by: ").Text(pack.Render.Settings.Publisher))
            .Paragraph(p => p.Bold("Edition: ").Text(pack.Internal
                ? "INTERNAL — PART II. For the board's private session: includes confidential commentary. Do not circulate."
                : "PUBLIC. For the board's meeting in public; confidential (Part II) papers are not included."))
            .Space(12)
            .Note("Figures come from the portal's plan data and are analysed with statistical process control (SPC) using the NHS Making Data Count method. "
                + "Measures marked \"illustrative\" use synthetic figures for demonstration, not the organisation's actual position.")
            .PageBreak();
        MatrixSection.Compose(report, pack);
        report.PageBreak()
            .Contents()
            .PageBreak();
    }

    /// <summary>Three to five messages: the most severe exceptions, then improvements, then the overall position.</summary>
    internal static List<(string Text, string Anchor)> KeyMessages(PackContext pack)
    {
        var sentences = new ExceptionSentences(pack.Period);
        var review = pack.Review;
        var messages = review.Exceptions.Take(3)
            .Select(e => (sentences.Exception(e), PackAnchors.Exception(e.Metric.Id)))
            .ToList();
        // A measure is told once: an improving exception already on the cover is not repeated as good news beside it,
        // and one that is not says that it is still an exception.
        var told = review.Exceptions.Take(3).Select(e => e.Metric.Id).ToHashSet(StringComparer.Ordinal);
        messages.AddRange(review.Improvements.Where(i => !told.Contains(i.Metric.Id)).Take(MaxMessages - 1 - messages.Count)
            .Select(i => (sentences.Improvement(i) + ExceptionSentences.StillAnException(review.ExceptionFor(i.Metric.Id)), pack.AnchorOf(i.Metric.Id))));
        int charted = review.Matrix.Count;
        int exceptions = review.Exceptions.Count;
        messages.Add((exceptions == 0
            ? $"None of the {charted} measures in the summary matrix is an exception this month."
            : $"{exceptions} of the {charted} measures in the summary matrix {(exceptions == 1 ? "is an exception" : "are exceptions")} this month, each with its own report.",
            PackAnchors.Matrix));
        if (messages.Count < 3)
        {
            int common = review.Matrix.Count - review.Improvements.Count - exceptions;
            messages.Add(($"{Math.Max(0, common)} measures show only ordinary, common-cause variation.", PackAnchors.Matrix));
        }

        if (messages.Count < 3)
        {
            messages.Add(("The method behind every icon is set out in the appendix.", PackAnchors.Methodology));
        }

        return messages;
    }
}
