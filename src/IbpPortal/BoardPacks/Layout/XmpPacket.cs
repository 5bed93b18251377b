using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// Writes the XMP metadata packet with an XML writer, so that titles such as "A&amp;E &lt;test&gt;" are
/// escaped, and with the PDF/UA identifier (pdfuaid:part 1) that PDFsharp 6.2.4 leaves out.
/// </summary>
/// <remarks>No PDF/A identifier: Skia charts use transparency, which PDF/A-1 forbids.</remarks>
internal static class XmpPacket
{
    private static readonly XNamespace X = "adobe:ns:meta/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    public static byte[] Create(ReportInfo info, string producer, string creatorTool)
    {
        string date = info.CreationDate.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var description = new XElement(Rdf + "Description",
            new XAttribute(Rdf + "about", ""),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "pdf", Pdf),
            new XAttribute(XNamespace.Xmlns + "xmp", Xmp),
            new XAttribute(XNamespace.Xmlns + "pdfuaid", PdfUaId),
            new XElement(Dc + "format", "application/pdf"),
            new XElement(Dc + "title", Alt(info.Title)),
            new XElement(Dc + "language", new XElement(Rdf + "Bag", new XElement(Rdf + "li", info.Language))),
            new XElement(Pdf + "Producer", producer),
            new XElement(Xmp + "CreatorTool", creatorTool),
            new XElement(Xmp + "CreateDate", date),
            new XElement(Xmp + "ModifyDate", date),
            new XElement(Xmp + "MetadataDate", date),
            new XElement(PdfUaId + "part", 1));
        if (info.Author.Length > 0)
        {
            description.Add(new XElement(Dc + "creator", new XElement(Rdf + "Seq", new XElement(Rdf + "li", info.Author))));
        }

        if (info.Subject.Length > 0)
        {
            description.Add(new XElement(Dc + "description", Alt(info.Subject)));
        }

        if (info.Keywords.Length > 0)
        {
            description.Add(new XElement(Pdf + "Keywords", info.Keywords));
        }

        var meta = new XElement(X + "xmpmeta",
            new XAttribute(XNamespace.Xmlns + "x", X),
            new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf), description));
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            Encoding = new UTF8Encoding(false),
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
            meta.WriteTo(writer);
            writer.WriteProcessingInstruction("xpacket", "end=\"r\"");
        }
        return stream.ToArray();
    }

    private static XElement Alt(string text) =>
        new(Rdf + "Alt", new XElement(Rdf + "li", new XAttribute(XNamespace.Xml + "lang", "x-default"), text));
}
