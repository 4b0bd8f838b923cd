using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Parsing.Elements;

namespace WorkflowDms.Engine.Parsing;

/// <summary>
/// Reads a BPMN 2.0 file (prefixed or default namespace, any vendor extensions) into process definitions. Every
/// process is read, executable or not; problems are recorded on the process, and only the deployer decides whether
/// they matter. Only an unreadable document throws.
/// </summary>
internal static class BpmnReader
{
    /// <exception cref="BpmnParseException">The document is not well-formed, hostile, or not BPMN 2.0.</exception>
    public static BpmnDocument Read(string xml)
    {
        if (xml.Length > SafeXmlLoader.MaxCharacters)
        {
            throw new BpmnParseException(BpmnParseException.DocumentElementId, "xml",
                $"the document is larger than {SafeXmlLoader.MaxCharacters:N0} characters");
        }

        using var text = new StringReader(xml);
        return Read(SafeXmlLoader.Load(text));
    }

    /// <exception cref="BpmnParseException">The document is not well-formed, hostile, or not BPMN 2.0.</exception>
    public static BpmnDocument Read(Stream stream) => Read(SafeXmlLoader.Load(stream));

    private static BpmnDocument Read(XElement root)
    {
        if (root.Name != BpmnNames.Model + "definitions")
        {
            throw new BpmnParseException(BpmnParseException.DocumentElementId, root.Name.LocalName,
                "not a BPMN 2.0 document (the root must be definitions in the BPMN 2.0 model namespace)");
        }

        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var element in root.Elements())
        {
            var id = ReadContext.Id(element);
            if (element.Name == BpmnNames.Model + "message" && id.Length > 0)
            {
                messages[id] = ReadContext.Name(element) ?? id;
            }
            else if (element.Name == BpmnNames.Model + "error" && id.Length > 0)
            {
                errors[id] = (string?)element.Attribute("errorCode") ?? ReadContext.Name(element) ?? id;
            }
        }

        var processes = new List<ProcessDefinition>();
        foreach (var element in root.Elements(BpmnNames.Model + "process"))
        {
            processes.Add(ReadProcess(element, messages, errors));
        }

        var hasDiagram = root.Elements(BpmnNames.Di + "BPMNDiagram").Any();
        return new BpmnDocument(processes, hasDiagram);
    }

    private static ProcessDefinition ReadProcess(
        XElement element, Dictionary<string, string> messages, Dictionary<string, string?> errors)
    {
        var process = new ProcessDefinition
        {
            Id = ReadContext.Id(element),
            Name = ReadContext.Name(element),
            IsExecutable = string.Equals((string?)element.Attribute("isExecutable"), "true", StringComparison.OrdinalIgnoreCase),
            VersionTag = ReadContext.Camunda(element, "versionTag"),
        };

        var context = new ReadContext(messages, errors, process);
        if (process.Id.Length == 0)
        {
            context.Problem(0, element, "the process has no id");
        }

        FlowElementReader.ReadChildren(context, element, null);
        GraphLinker.Link(context);
        return process;
    }
}
