namespace IbpPortal.Write;

/// <summary>What an in-place publish did: its journal, and every file of the site it left, known without listing the output folder.</summary>
public sealed record InPlacePublish(int Renamed, int Deleted, IReadOnlyList<PublishedFile> Site);
