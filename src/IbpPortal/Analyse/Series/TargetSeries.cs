using IbpPortal.Model;

namespace IbpPortal.Analyse.Series;

/// <summary>The target rows of one organisation and metric (its own, then <c>*</c>'s, then the national target), as <see cref="TargetResolver"/> applies them.</summary>
internal readonly struct TargetSeries((Period Period, DataValue Value)[]? own, (Period Period, DataValue Value)[]? everyone, double? national)
{
    /// <summary>The target in force in <paramref name="period"/>, or null when there is none.</summary>
    public double? At(Period period)
    {
        if (own is not null && InForce(own, period) is { } mine)
        {
            return mine.AsNullable;
        }

        if (everyone is not null && InForce(everyone, period) is { } all)
        {
            return all.AsNullable;
        }

        return national;
    }

    /// <summary>The value of the latest row starting at or before <paramref name="period"/> (rows in period order), or null when none has started.</summary>
    internal static DataValue? InForce((Period Period, DataValue Value)[] rows, Period period)
    {
        DataValue? found = null;
        foreach (var (start, value) in rows)
        {
            if (start > period)
            {
                break;
            }

            found = value;
        }

        return found;
    }
}
