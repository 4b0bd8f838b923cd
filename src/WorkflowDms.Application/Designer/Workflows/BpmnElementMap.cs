using System.Xml;
using System.Xml.Linq;

namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>
/// One process of a BPMN document flattened for comparison: every flow element, sequence flow and artifact with
/// an id (nested sub-process content too), each with its attributes and what it carries inside — condition
/// expressions, timer and message definitions, multi-instance settings, documentation, camunda extension
/// elements — as <c>attribute → text</c>. The diagram section is left out: moving a shape is not a change.
/// </summary>
internal sealed class BpmnElementMap
{
    private const string Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly HashSet<string> CamundaNamespaces = ["http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn"];

    // Children of an element that are part of it, not elements in their own right.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "incoming", "outgoing" };

    // Read with the same refusals as the engine's reader: no DTD, no resolver, bounded size.
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 10_000_000,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private BpmnElementMap(Dictionary<string, MappedElement> elements) => Elements = elements;

    public IReadOnlyDictionary<string, MappedElement> Elements { get; }

    /// <summary>The elements of process <paramref name="processId"/> (empty when the document has no such process).</summary>
    public static BpmnElementMap Read(string xml, string processId)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings);
        var document = XDocument.Load(reader);
        var process = document.Root?.Elements(XName.Get("process", Model))
            .FirstOrDefault(p => (string?)p.Attribute("id") == processId);
        var elements = new Dictionary<string, MappedElement>(StringComparer.Ordinal);
        if (process is not null)
        {
            elements[processId] = Flatten(process, isContainer: true);
            Collect(process, elements);
        }

        return new BpmnElementMap(elements);
    }

    private static void Collect(XElement container, Dictionary<string, MappedElement> elements)
    {
        foreach (var child in container.Elements().Where(IsOwnElement))
        {
            var id = (string)child.Attribute("id")!;
            var isContainer = child.Name.LocalName is "subProcess" or "transaction" or "adHocSubProcess";
            elements.TryAdd(id, Flatten(child, isContainer));
            if (isContainer)
            {
                Collect(child, elements);
            }
        }
    }

    /// <summary>A flow element, flow or artifact directly in a process or sub-process.</summary>
    private static bool IsOwnElement(XElement element) =>
        element.Name.NamespaceName == Model && element.Attribute("id") is not null
        && element.Name.LocalName is not ("documentation" or "extensionElements" or "ioSpecification" or "property")
        && !element.Name.LocalName.EndsWith("LoopCharacteristics", StringComparison.Ordinal);

    private static MappedElement Flatten(XElement element, bool isContainer)
    {
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        AddAttributes(element, "", attributes);
        foreach (var child in element.Elements())
        {
            if (isContainer && IsOwnElement(child))
            {
                continue;
            }

            AddNested(child, "", attributes);
        }

        return new MappedElement(element.Name.LocalName, (string?)element.Attribute("name"), attributes);
    }

    private static void AddNested(XElement element, string prefix, SortedDictionary<string, string> attributes)
    {
        if (element.Name.NamespaceName == Model && Skipped.Contains(element.Name.LocalName))
        {
            return;
        }

        var name = NameOf(element.Name);
        if (name is null)
        {
            return;
        }

        var path = Unique(attributes, prefix + name);
        AddAttributes(element, path, attributes);
        if (!element.HasElements && element.Value.Trim() is { Length: > 0 } value)
        {
            attributes[path] = value;
        }

        foreach (var child in element.Elements())
        {
            AddNested(child, path + ".", attributes);
        }

        // Presence matters even when empty: a terminate end event is not a none end event.
        if (!HasPath(attributes, path))
        {
            attributes[path] = "";
        }
    }

    private static void AddAttributes(XElement element, string path, SortedDictionary<string, string> attributes)
    {
        foreach (var attribute in element.Attributes())
        {
            // Ids of nested definitions are modeller noise; the element's own id is the key.
            if (attribute.IsNamespaceDeclaration || (attribute.Name.LocalName == "id" && attribute.Name.Namespace == XNamespace.None))
            {
                continue;
            }

            if (NameOf(attribute.Name) is { } name && !IsBpmnDefault(name, attribute.Value))
            {
                attributes[path.Length == 0 ? name : path + "@" + name] = attribute.Value;
            }
        }

    }

    /// <summary>
    /// Attributes written with the value the BPMN 2.0 schema gives them anyway. Modellers differ in whether they write
    /// them (bpmn-js drops <c>cancelActivity="true"</c> on save), so a diff treats them as absent.
    /// </summary>
    private static readonly Dictionary<string, string> BpmnDefaults = new(StringComparer.Ordinal)
    {
        ["cancelActivity"] = "true",
        ["isInterrupting"] = "true",
        ["parallelMultiple"] = "false",
        ["isForCompensation"] = "false",
        ["triggeredByEvent"] = "false",
        ["instantiate"] = "false",
        ["isSequential"] = "false",
        ["isImmediate"] = "false",
        ["startQuantity"] = "1",
        ["completionQuantity"] = "1",
        ["gatewayDirection"] = "Unspecified",
        ["eventGatewayType"] = "Exclusive",
    };

    private static bool IsBpmnDefault(string name, string value) =>
        BpmnDefaults.TryGetValue(name, out var standard) && string.Equals(standard, value.Trim(), StringComparison.Ordinal);

    /// <summary>BPMN names bare, camunda names as <c>camunda:x</c>; other vendors' and xsi names are not compared.</summary>
    private static string? NameOf(XName name) =>
        name.Namespace == XNamespace.None || name.NamespaceName == Model ? name.LocalName
        : CamundaNamespaces.Contains(name.NamespaceName) ? "camunda:" + name.LocalName
        : null;

    /// <summary>Repeated children (several camunda:in) get an index: camunda:in, camunda:in[2], …</summary>
    private static string Unique(SortedDictionary<string, string> attributes, string path)
    {
        if (!HasPath(attributes, path))
        {
            return path;
        }

        for (var i = 2; ; i++)
        {
            var candidate = $"{path}[{i}]";
            if (!HasPath(attributes, candidate))
            {
                return candidate;
            }
        }
    }

    private static bool HasPath(SortedDictionary<string, string> attributes, string path) =>
        attributes.Keys.Any(k => k == path || k.StartsWith(path + "@", StringComparison.Ordinal) || k.StartsWith(path + ".", StringComparison.Ordinal));
}
