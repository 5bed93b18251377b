using System.Text.Json;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Model;

namespace IbpPortal.Sections;

/// <summary>Writes ranks, quartiles and medians into the JSON downloads, each with its scope, size and any reason it was withheld.</summary>
internal static class BenchmarkJson
{
    /// <summary>The download's name for a withheld rank: <c>volume</c>, <c>too_few_peers</c>, or null.</summary>
    public static string? Withheld(RankWithheld withheld) => withheld switch
    {
        RankWithheld.Volume => "volume",
        RankWithheld.TooFewPeers => "too_few_peers",
        _ => null,
    };

    /// <summary>A scorecard row's <c>rank</c>, <c>rank_out_of</c>, <c>quartile</c>, <c>rank_withheld</c>, <c>scope</c>, <c>peers</c> and <c>median</c>.</summary>
    public static void WriteRank(Utf8JsonWriter w, ScorecardRow row)
    {
        DataDownloads.WriteNumber(w, "rank", row.Rank);
        DataDownloads.WriteNumber(w, "rank_out_of", row.RankOutOf);
        DataDownloads.WriteNumber(w, "quartile", row.Quartile);
        WriteWithheld(w, row.Withheld);
        WriteScope(w, row.Scope);
        DataDownloads.WriteNumber(w, "median", row.Median);
        if (row.Compared is { } compared && compared.Name != row.Metric.Name)
        {
            w.WriteString("ranked_on", compared.Name);
        }
    }

    /// <summary>One type's table: <c>ranked</c>, <c>median</c> and quartiles with <c>scope</c> and <c>peers</c>, then every row.</summary>
    public static void WriteGroup(Utf8JsonWriter w, string name, BenchmarkGroup group, Metric? measure)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WriteNumber("ranked", group.Withheld == RankWithheld.None ? group.Count : 0);
        DataDownloads.WriteNumber(w, "median", group.Median);
        DataDownloads.WriteNumber(w, "lower_quartile", group.LowerQuartile);
        DataDownloads.WriteNumber(w, "upper_quartile", group.UpperQuartile);
        WriteScope(w, group.Scope);
        WriteWithheld(w, group.Withheld);
        if (measure is not null)
        {
            w.WriteString("ranked_on", measure.Name);
        }

        w.WriteBoolean("rank_is_judgement", group.IsJudgement);
        w.WritePropertyName("rows");
        w.WriteStartArray();
        foreach (var row in group.Rows)
        {
            w.WriteStartObject();
            w.WriteString("code", row.Organisation.Code);
            w.WriteString("name", row.Organisation.Name);
            w.WriteString("peer_group", row.Organisation.PeerGroup);
            DataDownloads.WriteValue(w, "value", row.Value);
            DataDownloads.WriteNumber(w, "rank", row.Rank);
            DataDownloads.WriteNumber(w, "rank_out_of", row.Rank is null ? null : group.Count);
            DataDownloads.WriteNumber(w, "quartile", row.Quartile);
            WriteWithheld(w, row.Withheld);
            WriteScope(w, group.Scope);
            DataDownloads.WriteNumber(w, "peer_group_median", row.PeerGroupMedian);
            w.WriteString("peer_group_scope", "peer_group");
            DataDownloads.WriteNumber(w, "peer_group_peers", group.PeerGroups.TryGetValue(row.Organisation.PeerGroup, out var stat) ? stat.Peers : null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteWithheld(Utf8JsonWriter w, RankWithheld withheld)
    {
        if (Withheld(withheld) is { } reason)
        {
            w.WriteString("rank_withheld", reason);
        }
        else
        {
            w.WriteNull("rank_withheld");
        }
    }

    private static void WriteScope(Utf8JsonWriter w, ComparisonScope? scope)
    {
        if (scope is null)
        {
            w.WriteNull("scope");
            w.WriteNull("peers");
            return;
        }

        w.WriteString("scope", scope.Code);
        w.WriteNumber("peers", scope.Peers);
    }
}
