using System.Xml;
using System.Xml.Linq;

namespace WorkflowDms.Engine.Parsing;

/// <summary>
/// Loads XML without ever resolving anything: DTDs are prohibited (so no XXE, no billion laughs), there is no
/// resolver, the document is capped at 10 million characters and 64 levels of nesting. The tree is built by hand
/// from the reader so the depth check runs before anything deep is materialised.
/// </summary>
internal static class SafeXmlLoader
{
    public const int MaxCharacters = 10_000_000;
    public const int MaxDepth = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public static XElement Load(TextReader text) => Load(() => XmlReader.Create(text, Settings));

    public static XElement Load(Stream stream) => Load(() => XmlReader.Create(stream, Settings));

    private static XElement Load(Func<XmlReader> open)
    {
        try
        {
            using var reader = open();
            return Build(reader);
        }
        catch (XmlException ex)
        {
            throw Document(Describe(ex));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException
            or IOException)
        {
            throw Document($"unreadable document: {ex.Message}");
        }
    }

    private static XElement Build(XmlReader reader)
    {
        XElement? root = null;
        var stack = new Stack<XElement>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (stack.Count >= MaxDepth)
                    {
                        throw Document($"the document is nested deeper than {MaxDepth} levels");
                    }

                    var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                    while (reader.MoveToNextAttribute())
                    {
                        if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                        {
                            element.Add(new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
                        }
                    }

                    reader.MoveToElement();
                    if (stack.Count == 0)
                    {
                        root = element;
                    }
                    else
                    {
                        stack.Peek().Add(element);
                    }

                    if (!reader.IsEmptyElement)
                    {
                        stack.Push(element);
                    }

                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace when stack.Count > 0:
                    stack.Peek().Add(new XText(reader.Value));
                    break;
            }
        }

        return root ?? throw Document("the document has no root element");
    }

    private static string Describe(XmlException ex)
    {
        var where = ex.LineNumber > 0 ? $" (line {ex.LineNumber}, position {ex.LinePosition})" : string.Empty;
        if (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return "DTD is prohibited" + where;
        }

        if (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return $"the document is larger than {MaxCharacters:N0} characters";
        }

        if (ex.Message.Contains("Root element is missing", StringComparison.Ordinal))
        {
            return "the document is empty";
        }

        return "malformed XML: " + ex.Message;
    }

    private static BpmnParseException Document(string reason) =>
        new(BpmnParseException.DocumentElementId, "xml", reason);
}
