using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>
/// What the designer may offer, so the palette shows only what the engine executes and the properties panel
/// only the attributes it honours (docs/bpmn-subset.md); topics, forms and groups are those this host has.
/// </summary>
public sealed class DesignerCapabilities(WorkflowDmsDbContext reads, IEnumerable<IServiceTaskHandler> handlers, IEnumerable<ITaskForm> forms)
{
    /// <summary>The BPMN elements the engine executes (FlowElementReader), with the event definitions and loops it reads.</summary>
    public static readonly IReadOnlyList<string> Elements =
    [
        "startEvent", "endEvent", "intermediateCatchEvent", "boundaryEvent",
        "userTask", "serviceTask", "businessRuleTask", "receiveTask", "manualTask", "task",
        "exclusiveGateway", "parallelGateway", "eventBasedGateway",
        "subProcess", "callActivity", "sequenceFlow",
        "messageEventDefinition", "timerEventDefinition", "errorEventDefinition", "terminateEventDefinition",
        "multiInstanceLoopCharacteristics",
    ];

    /// <summary>The camunda attributes the engine acts on; the ones it ignores on purpose are left out.</summary>
    public static readonly IReadOnlyList<string> CamundaAttributes =
    [
        "camunda:assignee", "camunda:candidateGroups", "camunda:candidateUsers", "camunda:dueDate", "camunda:formKey",
        "camunda:decisionRef", "camunda:resultVariable", "camunda:mapDecisionResult",
        "camunda:type", "camunda:topic", "camunda:class", "camunda:delegateExpression",
        "camunda:collection", "camunda:elementVariable", "camunda:in", "camunda:out",
    ];

    /// <param name="actor">The caller.</param>
    /// <param name="ruleSets">The rule sets loaded in this host (the rules project is the host's to ask).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<DesignerCapabilitiesView> GetAsync(Actor actor, IReadOnlyList<string> ruleSets, CancellationToken cancellationToken)
    {
        if (!await DesignerAccess.CanDesignAsync(reads, actor, cancellationToken))
        {
            throw new NotFoundException("designer", "capabilities");
        }

        var publishedForms = await reads.FormDefinitions.AsNoTracking().Select(f => f.FormKey).Distinct().ToListAsync(cancellationToken);
        var groups = await reads.Roles.AsNoTracking().Where(r => r.Name != null).Select(r => r.Name!).ToListAsync(cancellationToken);
        return new DesignerCapabilitiesView(
            Elements,
            CamundaAttributes,
            handlers.Select(h => h.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            ruleSets.Order(StringComparer.Ordinal).ToList(),
            forms.Select(f => f.FormKey).Union(publishedForms, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            groups.Except([Groups.Admins, Groups.Auditors, Groups.Analysts], StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }
}
