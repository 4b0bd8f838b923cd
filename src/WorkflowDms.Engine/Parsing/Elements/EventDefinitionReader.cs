using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Timers;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>Reads the (single) event definition of an event; a kind the event may not have is a problem.</summary>
internal static class EventDefinitionReader
{
    public static EventDefinition? Read(ReadContext context, XElement element, int order, EventKind[] allowed)
    {
        var definitions = element.Elements()
            .Where(e => e.Name.Namespace == BpmnNames.Model && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal))
            .ToList();
        if (definitions.Count > 1)
        {
            context.Problem(order, element, "events with several event definitions are not supported");
            return null;
        }

        var type = element.Name.LocalName;
        if (definitions.Count == 0)
        {
            if (Array.IndexOf(allowed, EventKind.None) < 0)
            {
                context.Problem(order, element, $"a {type} needs a timer or message event definition");
            }

            return EventDefinition.None;
        }

        var definition = definitions[0];
        var kind = definition.Name.LocalName switch
        {
            "messageEventDefinition" => EventKind.Message,
            "timerEventDefinition" => EventKind.Timer,
            "errorEventDefinition" => EventKind.Error,
            "terminateEventDefinition" => EventKind.Terminate,
            _ => (EventKind?)null,
        };

        if (kind is null || Array.IndexOf(allowed, kind.Value) < 0)
        {
            context.Problem(order, element, $"{definition.Name.LocalName} is not supported on a {type}");
            return null;
        }

        return kind.Value switch
        {
            EventKind.Message => ReadMessage(context, element, definition, order),
            EventKind.Timer => ReadTimer(context, element, definition, order),
            EventKind.Error => ReadError(context, element, definition, order),
            _ => new EventDefinition(kind.Value),
        };
    }

    /// <summary>Resolves a <c>messageRef</c> to the message's name (the correlation name).</summary>
    public static string? MessageName(ReadContext context, XElement element, string? messageRef, int order)
    {
        if (string.IsNullOrEmpty(messageRef))
        {
            context.Problem(order, element, "a messageRef naming a message is required");
            return null;
        }

        if (!context.MessageNames.TryGetValue(messageRef, out var name))
        {
            context.Problem(order, element, $"messageRef '{messageRef}' names no message of this file");
            return null;
        }

        return name;
    }

    private static EventDefinition? ReadMessage(ReadContext context, XElement element, XElement definition, int order)
    {
        var name = MessageName(context, element, (string?)definition.Attribute("messageRef"), order);
        return name is null ? null : new EventDefinition(EventKind.Message, MessageName: name);
    }

    private static EventDefinition ReadError(ReadContext context, XElement element, XElement definition, int order)
    {
        var errorRef = (string?)definition.Attribute("errorRef");
        if (string.IsNullOrEmpty(errorRef))
        {
            // A catching error event without errorRef catches every error; a throwing one has no code.
            return new EventDefinition(EventKind.Error);
        }

        if (!context.ErrorCodes.TryGetValue(errorRef, out var code))
        {
            context.Problem(order, element, $"errorRef '{errorRef}' names no error of this file");
        }

        return new EventDefinition(EventKind.Error, ErrorCode: code ?? errorRef);
    }

    private static EventDefinition? ReadTimer(ReadContext context, XElement element, XElement definition, int order)
    {
        var values = definition.Elements()
            .Where(e => e.Name.Namespace == BpmnNames.Model && e.Name.LocalName is "timeDuration" or "timeDate" or "timeCycle")
            .ToList();
        if (values.Count != 1)
        {
            context.Problem(order, element, "a timer needs exactly one of timeDuration, timeDate or timeCycle");
            return null;
        }

        var kind = values[0].Name.LocalName switch
        {
            "timeDuration" => TimerKind.Duration,
            "timeDate" => TimerKind.Date,
            _ => TimerKind.Cycle,
        };
        var text = values[0].Value.Trim();
        var template = context.Template(order, element, text, values[0].Name.LocalName);
        if (template is null)
        {
            if (text.Length == 0)
            {
                context.Problem(order, element, $"{values[0].Name.LocalName} is empty");
            }

            return null;
        }

        if (template.IsLiteral && TimerCalculator.Validate(kind, text) is { } error)
        {
            context.Problem(order, element, error);
            return null;
        }

        return new EventDefinition(EventKind.Timer, Timer: new TimerDefinition(kind, template));
    }
}
