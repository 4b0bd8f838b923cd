namespace WorkflowDms.Engine.Ports;

/// <summary>Finds the deployed definition a call activity's <c>calledElement</c> names.</summary>
public interface IProcessDefinitionSource
{
    /// <summary>The latest deployed executable definition with that process id, or null.</summary>
    Definitions.ProcessDefinition? Find(string processId);
}
