using IbpPortal.Analyse.Spc;

namespace IbpPortal.Charts;

/// <summary>Everything said about one SPC icon, kept together so the drawing, the tag and the sentence never drift apart.</summary>
/// <param name="Name">The icon's full name: its accessible name in SVG and PDF, and the words in chart descriptions ("Special cause improvement (high)").</param>
/// <param name="Tag">The short tag beside the icon in tables and scorecards ("Improvement (high)").</param>
/// <param name="Sentence">What the icon means for a leader, without a closing full stop.</param>
/// <param name="Tone">The tag colour that goes with it (grey, blue, orange, purple or white).</param>
public sealed record SpcIconWords(string Name, string Tag, string Sentence, string Tone)
{
    /// <summary>The words for a variation icon.</summary>
    public static SpcIconWords Of(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => new("Common cause variation", "Common cause", "Common cause variation: no special cause in the latest month", "grey"),
        VariationIcon.ImprovementHigh => new("Special cause improvement (high)", "Improvement (high)", "Special cause improvement: unusually high, which is good", "blue"),
        VariationIcon.ImprovementLow => new("Special cause improvement (low)", "Improvement (low)", "Special cause improvement: unusually low, which is good", "blue"),
        VariationIcon.ConcernHigh => new("Special cause concern (high)", "Concern (high)", "Special cause concern: unusually high, which is a concern", "orange"),
        VariationIcon.ConcernLow => new("Special cause concern (low)", "Concern (low)", "Special cause concern: unusually low, which is a concern", "orange"),
        VariationIcon.NeitherHigh => new("Special cause, neither improvement nor concern (high)", "Unusually high", "Special cause variation: unusually high (neither better nor worse)", "purple"),
        VariationIcon.NeitherLow => new("Special cause, neither improvement nor concern (low)", "Unusually low", "Special cause variation: unusually low (neither better nor worse)", "purple"),
        _ => new("No data", "Not charted", "Too few figures to chart: SPC needs at least two months", "white"),
    };

    /// <summary>The words for an assurance icon.</summary>
    public static SpcIconWords Of(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => new("Consistently passes target", "Consistently passes", "Will consistently meet the target if nothing changes", "blue"),
        AssuranceIcon.Fail => new("Consistently fails target", "Consistently fails", "Will consistently miss the target unless the process changes", "orange"),
        AssuranceIcon.HitAndMiss => new("Hit and miss target", "Hit and miss", "Will sometimes meet and sometimes miss the target", "grey"),
        _ => new("No target", "No target", "No assurance: there is no target, or no better direction", "white"),
    };
}
