namespace IbpPortal.Editions.Json;

/// <summary>An edition record as written to <c>/data/editions/&lt;period&gt;.json</c>.</summary>
internal sealed record EditionRecordJson(int Format, string Period, string Edition, EditionDataJson Data, IEnumerable<EditionSeriesJson> Series, IEnumerable<EditionPromiseJson> Promises);
