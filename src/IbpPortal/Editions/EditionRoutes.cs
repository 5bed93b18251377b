using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>The addresses of the changes, sources and coherence pages and their data files, decided in one place.</summary>
public static class EditionRoutes
{
    /// <summary>What changed for every organisation.</summary>
    public const string ChangesIndex = "/changes/";

    /// <summary>An organisation's "What changed since the last edition".</summary>
    public static string Changes(string code) => $"/organisations/{code}/changes/";

    /// <summary>An organisation's figures with where each came from.</summary>
    public static string Sources(string code) => $"/organisations/{code}/sources/";

    /// <summary>An organisation's plan coherence findings.</summary>
    public static string Coherence(string code) => $"/organisations/{code}/coherence/";

    /// <summary>An organisation's provenance as JSON.</summary>
    public static string ProvenanceJson(string code) => $"data/provenance/{code}.json";

    /// <summary>The record of an edition.</summary>
    public static string EditionJson(Period period) => $"data/editions/{period}.json";

    /// <summary>The anchor of a figure on the sources page, such as <c>ae_4hr-actual</c>.</summary>
    public static string FigureAnchor(string metric, string series) => $"{metric}-{series}";
}
