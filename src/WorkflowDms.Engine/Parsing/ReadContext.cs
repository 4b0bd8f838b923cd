using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Parsing;

/// <summary>State shared by the element readers while one process is read.</summary>
internal sealed class ReadContext(
    IReadOnlyDictionary<string, string> messageNames,
    IReadOnlyDictionary<string, string?> errorCodes,
    ProcessDefinition process)
{
    private int _order;

    public ProcessDefinition Process { get; } = process;

    public IReadOnlyDictionary<string, string> MessageNames { get; } = messageNames;

    public IReadOnlyDictionary<string, string?> ErrorCodes { get; } = errorCodes;

    public int NextOrder() => ++_order;

    public void Problem(int order, XElement element, string reason) =>
        Process.Problems.Add(new ModelProblem(order, Id(element), element.Name.LocalName, reason));

    public void Problem(int order, string elementId, string elementType, string reason) =>
        Process.Problems.Add(new ModelProblem(order, elementId, elementType, reason));

    /// <summary>Parses an attribute value as a template; an invalid expression becomes a problem.</summary>
    public Template? Template(int order, XElement element, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return Expressions.Template.Parse(value.Trim());
        }
        catch (ExpressionException ex)
        {
            Problem(order, element, $"invalid expression in {what} '{value}': {ex.Message}");
            return null;
        }
    }

    public CompiledExpression? Expression(int order, XElement element, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return CompiledExpression.Compile(value);
        }
        catch (ExpressionException ex)
        {
            Problem(order, element, $"invalid expression in {what} '{value}': {ex.Message}");
            return null;
        }
    }

    /// <summary>Registers a node in its container and in the id index; duplicate ids are a problem.</summary>
    public void Add(FlowNode node, SubProcessNode? parent, XElement element)
    {
        if (node.Id.Length == 0)
        {
            Problem(node.DocumentOrder, element, "the element has no id");
            return;
        }

        if (!Process.NodesById.TryAdd(node.Id, node))
        {
            Problem(node.DocumentOrder, element, "the id is used by another element");
            return;
        }

        node.Parent = parent;
        if (parent is null)
        {
            Process.TopLevelNodes.Add(node);
        }
        else
        {
            parent.Children.Add(node);
        }
    }

    public static string Id(XElement element) => (string?)element.Attribute("id") ?? string.Empty;

    public static string? Name(XElement element) => (string?)element.Attribute("name");

    /// <summary>A Camunda 7 extension attribute, from the camunda or the legacy activiti namespace.</summary>
    public static string? Camunda(XElement element, string name) =>
        (string?)element.Attribute(BpmnNames.Camunda + name) ?? (string?)element.Attribute(BpmnNames.Activiti + name);

    public static string? Documentation(XElement element) =>
        element.Element(BpmnNames.Model + "documentation")?.Value.Trim() is { Length: > 0 } text ? text : null;

    public static IEnumerable<XElement> CamundaExtensions(XElement element, string name)
    {
        var extensions = element.Element(BpmnNames.Model + "extensionElements");
        if (extensions is null)
        {
            return [];
        }

        return extensions.Elements().Where(e =>
            e.Name.LocalName == name && (e.Name.Namespace == BpmnNames.Camunda || e.Name.Namespace == BpmnNames.Activiti));
    }
}
