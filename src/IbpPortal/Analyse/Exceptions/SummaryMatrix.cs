using IbpPortal.Analyse.Spc;

namespace IbpPortal.Analyse.Exceptions;

/// <summary>The variation × assurance grid that opens an Integrated Performance Report: every charted measure in exactly one cell.</summary>
/// <remarks>
/// Rows follow <see cref="MatrixVariation"/> (improvement, common cause, concern, neither) and columns
/// <see cref="MatrixAssurance"/> (pass, hit and miss, fail, no target), as in NHS England's "Using summary icons".
/// Measures without an SPC chart (no values) are not placed; <see cref="Uncharted"/> lists them. Counts that only make
/// up a rate in the grid (<see cref="ExceptionRules.PartsOfRates"/>) are not placed either; <see cref="PartsOfRates"/> lists them.
/// </remarks>
public sealed class SummaryMatrix
{
    private readonly Dictionary<(MatrixVariation, MatrixAssurance), List<ScorecardRow>> _cells = [];

    private SummaryMatrix(IReadOnlyList<ScorecardRow> uncharted, IReadOnlyList<ScorecardRow> partsOfRates)
    {
        Uncharted = uncharted;
        PartsOfRates = partsOfRates;
    }

    /// <summary>The rows, in order.</summary>
    public static IReadOnlyList<MatrixVariation> Variations { get; } = Enum.GetValues<MatrixVariation>();

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<MatrixAssurance> Assurances { get; } = Enum.GetValues<MatrixAssurance>();

    /// <summary>Measures with values but no variation icon, so not placed in the grid.</summary>
    public IReadOnlyList<ScorecardRow> Uncharted { get; }

    /// <summary>Counts left out of the grid because the board judges them through the rate they make up.</summary>
    public IReadOnlyList<ScorecardRow> PartsOfRates { get; }

    /// <summary>The measures in one cell, in scorecard order.</summary>
    public IReadOnlyList<ScorecardRow> Cell(MatrixVariation variation, MatrixAssurance assurance) =>
        _cells.TryGetValue((variation, assurance), out var rows) ? rows : [];

    /// <summary>How many measures the grid places.</summary>
    public int Count => _cells.Values.Sum(c => c.Count);

    /// <summary>Places each scorecard row with a latest value by its variation and assurance icons; <paramref name="partsOfRates"/> are listed, not placed.</summary>
    public static SummaryMatrix Build(IEnumerable<ScorecardRow> rows, IReadOnlyList<ScorecardRow>? partsOfRates = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var uncharted = new List<ScorecardRow>();
        var placed = new List<(MatrixVariation, MatrixAssurance, ScorecardRow)>();
        foreach (var row in rows.Where(r => r.Latest.HasValue))
        {
            if (VariationOf(row.Variation) is { } variation)
            {
                placed.Add((variation, AssuranceOf(row.Assurance), row));
            }
            else
            {
                uncharted.Add(row);
            }
        }

        var matrix = new SummaryMatrix(uncharted, partsOfRates ?? []);
        foreach (var (variation, assurance, row) in placed)
        {
            if (!matrix._cells.TryGetValue((variation, assurance), out var list))
            {
                list = [];
                matrix._cells[(variation, assurance)] = list;
            }

            list.Add(row);
        }

        return matrix;
    }

    /// <summary>The matrix row of a variation icon; null for none (no chart).</summary>
    public static MatrixVariation? VariationOf(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow => MatrixVariation.Improvement,
        VariationIcon.ConcernHigh or VariationIcon.ConcernLow => MatrixVariation.Concern,
        VariationIcon.NeitherHigh or VariationIcon.NeitherLow => MatrixVariation.Neither,
        VariationIcon.CommonCause => MatrixVariation.CommonCause,
        _ => null,
    };

    /// <summary>The matrix column of an assurance icon.</summary>
    public static MatrixAssurance AssuranceOf(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => MatrixAssurance.Pass,
        AssuranceIcon.HitAndMiss => MatrixAssurance.HitAndMiss,
        AssuranceIcon.Fail => MatrixAssurance.Fail,
        _ => MatrixAssurance.NoTarget,
    };
}
