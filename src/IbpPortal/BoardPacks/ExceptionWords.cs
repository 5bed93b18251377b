using IbpPortal.Analyse.Exceptions;

namespace IbpPortal.BoardPacks;

/// <summary>The short words for an exception's reasons, as the pack and the web show them.</summary>
public static class ExceptionWords
{
    /// <summary>"Special-cause concern", "Consistently fails target" and so on.</summary>
    public static string Reason(ExceptionReason reason) => reason switch
    {
        ExceptionReason.SpecialCauseConcern => "Special-cause concern",
        ExceptionReason.FailsTarget => "Consistently fails target",
        ExceptionReason.HitAndMissTarget => "Hit and miss against target",
        ExceptionReason.OffPlan => "Off plan beyond tolerance",
        ExceptionReason.FellQuartile => "Fell a quartile",
        _ => reason.ToString(),
    };
}
