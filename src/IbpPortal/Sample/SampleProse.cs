using System.Text;

namespace IbpPortal.Sample;

/// <summary>Makes up varied sentences about integrated planning, so that generated pages read like text and index like it.</summary>
internal static class SampleProse
{
    private static readonly string[] Subjects =
    [
        "The planning team", "Each provider", "The integrated care board", "Clinical leaders", "The finance committee",
        "Operational managers", "The workforce group", "System partners", "The board", "Analysts", "Primary care networks",
        "The urgent care programme", "Ward managers", "The transformation office", "Commissioners",
    ];

    private static readonly string[] Verbs =
    [
        "reviews", "aligns", "tests", "publishes", "compares", "agrees", "models", "tracks", "revises", "shares",
        "challenges", "prioritises", "links", "monitors", "explains",
    ];

    private static readonly string[] Objects =
    [
        "the demand forecast", "bed capacity over winter", "the elective recovery plan", "agency staffing costs",
        "the four-hour standard", "workforce trajectories", "the capital programme", "waiting list growth",
        "the efficiency target", "discharge delays", "referral patterns", "the scenario assumptions",
        "diagnostic capacity", "the monthly scorecard", "outpatient transformation",
    ];

    private static readonly string[] Endings =
    [
        "before the plan is submitted", "with every partner in the system", "against last year's outturn",
        "so that gaps are visible early", "using statistical process control", "at each monthly board meeting",
        "to keep finance and activity in step", "when assumptions change", "across all sites", "in one shared model",
        "so that decisions rest on evidence", "alongside the quality indicators",
    ];

    private static readonly string[] Connectives = ["In practice,", "As a result,", "Over the year,", "Even so,", "In the first quarter,", "Where this works,", string.Empty, string.Empty];

    /// <summary>Words that headings, titles and tags are made from.</summary>
    public static readonly string[] Topics =
    [
        "capacity", "demand", "workforce", "finance", "quality", "performance", "winter", "elective", "urgent care",
        "diagnostics", "discharge", "scenarios", "governance", "data", "outpatients", "prevention", "community", "digital",
    ];

    /// <summary>Appends one sentence.</summary>
    public static void Sentence(StringBuilder text, SampleRandom random)
    {
        var connective = random.Pick(Connectives);
        var subject = random.Pick(Subjects);
        if (connective.Length > 0)
        {
            text.Append(connective).Append(' ').Append(char.ToLowerInvariant(subject[0])).Append(subject, 1, subject.Length - 1);
        }
        else
        {
            text.Append(subject);
        }

        text.Append(' ').Append(random.Pick(Verbs)).Append(' ').Append(random.Pick(Objects)).Append(' ').Append(random.Pick(Endings)).Append('.');
    }

    /// <summary>Appends a paragraph of three to six sentences and returns its word count.</summary>
    public static int Paragraph(StringBuilder text, SampleRandom random)
    {
        var start = text.Length;
        var sentences = 3 + random.Next(4);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            Sentence(text, random);
        }

        var words = CountWords(text, start);
        text.Append("\n\n");
        return words;
    }

    /// <summary>A title-cased phrase of two or three topic words.</summary>
    public static string Title(SampleRandom random)
    {
        var first = random.Pick(Topics);
        var second = random.Pick(Topics);
        var title = second == first ? $"{first} planning" : $"{first} and {second}";
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    private static int CountWords(StringBuilder text, int start)
    {
        var words = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == ' ')
            {
                words++;
            }
        }

        return words + 1;
    }
}
