namespace IbpPortal.Load.Data;

/// <summary>Every message code that loading, validating and importing plan data can report, for the authoring guide.</summary>
/// <remarks>IBP2001–IBP2099 loading <c>data/</c>; IBP2101–IBP2199 importing published files; IBP2201–IBP2399 checks across files.</remarks>
public static class DataDiagnosticCodes
{
    /// <summary>A data file is empty (0 bytes); even a file with no rows needs its header line.</summary>
    public const string EmptyFile = "IBP2001";

    /// <summary>A data file is not valid UTF-8; the message names the line of the first bad byte.</summary>
    public const string NotUtf8 = "IBP2002";

    /// <summary>A required column is missing from a file's header (the message suggests the nearest misspelling).</summary>
    public const string MissingColumn = "IBP2003";

    /// <summary>A column the file does not use (warning): it is ignored.</summary>
    public const string UnknownColumn = "IBP2004";

    /// <summary>A row is not well-formed CSV, such as a quote in the middle of an unquoted field.</summary>
    public const string MalformedCsv = "IBP2005";

    /// <summary>The same column name appears twice in a header.</summary>
    public const string DuplicateColumn = "IBP2006";

    /// <summary>A data file could not be read at all (permissions, locked file).</summary>
    public const string UnreadableFile = "IBP2007";

    /// <summary>A required data file is missing from <c>data/</c>.</summary>
    public const string MissingFile = "IBP2008";

    /// <summary>A row has more fields than the header has columns.</summary>
    public const string TooManyFields = "IBP2009";

    /// <summary>A value is not a number, blank, <c>*</c> or <c>-</c>.</summary>
    public const string InvalidNumber = "IBP2010";

    /// <summary>A period is not written <c>YYYY-MM</c>.</summary>
    public const string InvalidPeriod = "IBP2011";

    /// <summary>A cell that must be filled in (a code, an id, a name) is blank.</summary>
    public const string BlankRequiredCell = "IBP2012";

    /// <summary>An organisation <c>type</c> other than <c>icb</c> or <c>trust</c>.</summary>
    public const string UnknownOrgType = "IBP2013";

    /// <summary>A metric <c>domain</c> that is not one of the six domains.</summary>
    public const string UnknownDomain = "IBP2014";

    /// <summary>A metric <c>unit</c> that is not one of the known units.</summary>
    public const string UnknownUnit = "IBP2015";

    /// <summary>A metric <c>improvement</c> other than increase, decrease or neutral.</summary>
    public const string UnknownImprovement = "IBP2016";

    /// <summary>A metric <c>aggregate</c> other than sum, mean or none.</summary>
    public const string UnknownAggregate = "IBP2017";

    /// <summary>A metric's <c>decimals</c> is not a whole number.</summary>
    public const string InvalidDecimals = "IBP2018";

    /// <summary>A metric <c>frequency</c> other than monthly or quarterly.</summary>
    public const string UnknownFrequency = "IBP2019";

    /// <summary>The <c>scenarios.yml</c> file is not valid YAML.</summary>
    public const string YamlSyntax = "IBP2030";

    /// <summary>The <c>scenarios.yml</c> file is not a list of scenarios, or an entry is not a mapping.</summary>
    public const string ScenarioShape = "IBP2031";

    /// <summary>A scenario lacks a required field (<c>id</c>, <c>name</c> or <c>horizon_months</c>).</summary>
    public const string ScenarioFieldMissing = "IBP2032";

    /// <summary>A scenario field has a value of the wrong kind, such as a horizon that is not a whole number.</summary>
    public const string ScenarioFieldInvalid = "IBP2033";

    /// <summary>A scenario has a field the portal does not use (warning).</summary>
    public const string ScenarioUnknownField = "IBP2034";

    /// <summary>An import file is not an NHS England monthly A&amp;E provider CSV (its header is not the published one).</summary>
    public const string ImportNotAeFormat = "IBP2101";

    /// <summary>An import row's <c>Period</c> is not of the form <c>MSitAE-APRIL-2025</c>.</summary>
    public const string ImportInvalidPeriod = "IBP2102";

    /// <summary>An import row has a count that is not a whole number.</summary>
    public const string ImportInvalidCount = "IBP2103";

    /// <summary>The same provider and month appear twice among the import files.</summary>
    public const string ImportDuplicateProvider = "IBP2104";

    /// <summary>An import file named on the command line does not exist.</summary>
    public const string ImportFileNotFound = "IBP2105";

    /// <summary>The existing <c>actuals.csv</c> has columns beyond org, metric, period, value, which an import would drop.</summary>
    public const string ImportExtraColumns = "IBP2106";

    /// <summary>The merged <c>actuals.csv</c> could not be written.</summary>
    public const string ImportWriteFailed = "IBP2107";

    /// <summary>A zip file does not hold exactly one CSV.</summary>
    public const string ImportZipContents = "IBP2118";

    /// <summary>A workbook lacks the sheet the publication's table is on.</summary>
    public const string ImportMissingSheet = "IBP2119";

    /// <summary>A file could not be read as a spreadsheet (damaged, or not what its name says).</summary>
    public const string ImportUnreadableWorkbook = "IBP2110";

    /// <summary>A provider code in an import file is not an ODS organisation code.</summary>
    public const string ImportInvalidOdsCode = "IBP2111";

    /// <summary>No header row of the publication is found: a file of another publication, or a changed layout.</summary>
    public const string ImportWrongLayout = "IBP2112";

    /// <summary>A cell that must hold a figure holds text that is not a number, <c>*</c> or blank.</summary>
    public const string ImportInvalidValue = "IBP2113";

    /// <summary>The period a file covers cannot be read from it.</summary>
    public const string ImportPeriodNotFound = "IBP2114";

    /// <summary><c>--add-metrics</c> found a measure in <c>metrics.csv</c> defined differently from the publication's.</summary>
    public const string ImportMetricConflict = "IBP2115";

    /// <summary>The ODS extract (<c>etr.csv</c>) has a row that is not in its published layout.</summary>
    public const string ImportOdsLayout = "IBP2117";

    /// <summary>A row names an organisation code that is not in <c>organisations.csv</c>.</summary>
    public const string UnknownOrganisation = "IBP2201";

    /// <summary>A row names a metric id that is not in <c>metrics.csv</c>.</summary>
    public const string UnknownMetric = "IBP2202";

    /// <summary>The same (org, metric, period) appears twice in one file.</summary>
    public const string DuplicateObservation = "IBP2203";

    /// <summary>The same organisation code appears twice in <c>organisations.csv</c>.</summary>
    public const string DuplicateOrganisation = "IBP2204";

    /// <summary>The same metric id appears twice in <c>metrics.csv</c>.</summary>
    public const string DuplicateMetric = "IBP2205";

    /// <summary>A monthly series of actuals skips months (warning).</summary>
    public const string SeriesGap = "IBP2206";

    /// <summary>A ratio metric's numerator or denominator is not a known metric.</summary>
    public const string RatioPartUnknown = "IBP2207";

    /// <summary>A ratio metric's numerator or denominator is not a count metric.</summary>
    public const string RatioPartNotCount = "IBP2208";

    /// <summary>A metric has a numerator without a denominator, or the other way round.</summary>
    public const string RatioIncomplete = "IBP2209";

    /// <summary>A ratio metric has its own actual rows (warning): the values computed from its parts are used.</summary>
    public const string RatioHasActuals = "IBP2210";

    /// <summary>A trust's <c>icb</c> is not a known organisation.</summary>
    public const string TrustIcbUnknown = "IBP2211";

    /// <summary>A trust's <c>icb</c> names an organisation that is not an ICB.</summary>
    public const string TrustIcbNotIcb = "IBP2212";

    /// <summary>An ICB has a value in the <c>icb</c> column.</summary>
    public const string IcbHasParent = "IBP2213";

    /// <summary>A trust has no <c>icb</c> (warning): it is left out of every ICB's figures.</summary>
    public const string TrustWithoutIcb = "IBP2214";

    /// <summary>A metric's <c>decimals</c> is outside 0 to 6.</summary>
    public const string DecimalsOutOfRange = "IBP2215";

    /// <summary>A scenario adjusts a metric that is not in <c>metrics.csv</c>.</summary>
    public const string ScenarioUnknownMetric = "IBP2216";

    /// <summary>A scenario's <c>horizon_months</c> is outside 1 to 120.</summary>
    public const string ScenarioHorizonOutOfRange = "IBP2217";

    /// <summary>Two scenarios share an id.</summary>
    public const string DuplicateScenario = "IBP2218";

    /// <summary>A metric's <c>meets_demand</c> names a metric that is not in <c>metrics.csv</c>.</summary>
    public const string MeetsDemandUnknown = "IBP2219";

    /// <summary>A quarterly measure has a row for a month that is not the last of a quarter.</summary>
    public const string QuarterlyOffQuarter = "IBP2221";

    /// <summary>An organisation code or metric id that cannot be part of a web address (it becomes one).</summary>
    public const string UnsafeCode = "IBP2220";

    /// <summary>A folder was given to <c>ibp import</c> where a file was expected.</summary>
    public const string ImportFolderGiven = "IBP2108";

    /// <summary>A count in an import file is negative or larger than any published figure.</summary>
    public const string ImportCountOutOfRange = "IBP2109";

    /// <summary>A value outside what its metric's unit allows: a negative count, a share above 100%, a figure too large to be real.</summary>
    public const string ValueOutOfRange = "IBP2230";

    /// <summary>A percentage below 0 or above 100 for a metric that is not a share (a warning: some NHS measures do that).</summary>
    public const string PercentOutsideRange = "IBP2231";

    /// <summary>A share's numerator is larger than its denominator for the same organisation and month.</summary>
    public const string NumeratorAboveDenominator = "IBP2232";

    /// <summary>An SPC chart's latest segment has no variation to judge (a warning).</summary>
    public const string NoVariation = "IBP2240";

    /// <summary>A likely counting change with no re-base (a warning): a step beyond the process limits that the next seven months keep.</summary>
    public const string LikelyCountingChange = "IBP2250";

    /// <summary>A metric's <c>per</c> is not "metric" or "multiplier metric".</summary>
    public const string InvalidPer = "IBP2041";

    /// <summary>A metric's <c>per</c> names no metric, a ratio, or the metric itself, or is given for a measure that is not a volume.</summary>
    public const string PerInvalidMetric = "IBP2241";

    /// <summary>A metric's <c>weight</c> names no count metric, or is given for a metric that is not averaged.</summary>
    public const string WeightInvalid = "IBP2242";

    /// <summary>A capacity metric's <c>meets_demand</c> names a metric of another unit, so the two cannot be compared like for like.</summary>
    public const string MeetsDemandUnitMismatch = "IBP2243";

    /// <summary>A metric's <c>plan_tolerance</c> is negative.</summary>
    public const string PlanToleranceNegative = "IBP2246";

    /// <summary>A <c>quality.csv</c> rating or verdict is not one of the allowed words.</summary>
    public const string QualityRating = "IBP2244";

    /// <summary>Two <c>quality.csv</c> rows for the same organisation and metric.</summary>
    public const string QualityDuplicate = "IBP2245";
}
