using System.Xml.Linq;

namespace WorkflowDms.Engine.Parsing;

internal static class BpmnNames
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Di = "http://www.omg.org/spec/BPMN/20100524/DI";

    /// <summary>Camunda 7's extension namespace.</summary>
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    /// <summary>
    /// Activiti's namespace, which Camunda 7 still accepts for the same attributes (older models, e.g. MIWG C.1.1,
    /// bind it to the <c>camunda</c> prefix).
    /// </summary>
    public static readonly XNamespace Activiti = "http://activiti.org/bpmn";

    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
}
