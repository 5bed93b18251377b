namespace IbpPortal.Render;

/// <summary>A paged document as rendered: its bytes and how many pages it has.</summary>
public sealed record RenderedDocument(byte[] Bytes, int Pages);
