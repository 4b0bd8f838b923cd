using System.Text.Json;
using System.Text.RegularExpressions;
using WorkflowDms.Application.Inbox;

namespace WorkflowDms.Application.Designer.Forms;

/// <summary>
/// Checks a form-js schema against what the inbox can submit: a task is completed with the body of
/// POST /tasks/{id}/complete (<see cref="TaskDecision"/>), so every input's key must be one of its fields, and
/// a form registered for the key (<see cref="ITaskForm"/>) fixes which decisions the <c>decision</c> field may offer.
/// </summary>
public sealed partial class FormSchemaValidator(IEnumerable<ITaskForm> forms)
{
    /// <summary>Largest schema accepted, in characters.</summary>
    public const int MaxSchemaCharacters = 200_000;

    /// <summary>The form-js component types the inbox renders and submits.</summary>
    public static readonly IReadOnlySet<string> InputTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "textfield", "textarea", "number", "checkbox", "radio", "select", "datetime",
    };

    private static readonly IReadOnlySet<string> DisplayTypes = new HashSet<string>(StringComparer.Ordinal) { "text" };

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    private readonly Dictionary<string, ITaskForm> byKey = forms.ToDictionary(f => f.FormKey, StringComparer.Ordinal);

    /// <summary>The decision body's fields, by their JSON names (decision, reasonCode, comment, …).</summary>
    public static IReadOnlySet<string> DecisionFields { get; } = typeof(TaskDecision).GetProperties()
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet(StringComparer.Ordinal);

    public FormValidationView Validate(string formKey, string schemaJson)
    {
        var problems = new List<FormProblemView>();
        try
        {
            using var document = JsonDocument.Parse(schemaJson, Options);
            CheckRoot(formKey, document.RootElement, problems);
        }
        catch (JsonException e)
        {
            problems.Add(new FormProblemView("$", "not valid JSON: " + e.Message));
        }

        return new FormValidationView(problems.Count == 0, problems);
    }

    private void CheckRoot(string formKey, JsonElement root, List<FormProblemView> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new FormProblemView("$", "a form-js schema is a JSON object"));
            return;
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "default")
        {
            problems.Add(new FormProblemView("type", "must be \"default\""));
        }

        if (!root.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array || components.GetArrayLength() == 0)
        {
            problems.Add(new FormProblemView("components", "must be a non-empty array of form fields"));
            return;
        }

        var keys = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var index = 0;
        foreach (var component in components.EnumerateArray())
        {
            CheckComponent(component, $"components[{index++}]", keys, problems);
        }

        if (byKey.TryGetValue(formKey, out var form))
        {
            CheckDecision(form, keys, problems);
        }
    }

    private static void CheckComponent(JsonElement component, string path, Dictionary<string, JsonElement> keys, List<FormProblemView> problems)
    {
        if (component.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new FormProblemView(path, "a component is a JSON object"));
            return;
        }

        var type = component.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        if (DisplayTypes.Contains(type))
        {
            return;
        }

        if (!InputTypes.Contains(type))
        {
            problems.Add(new FormProblemView(path + ".type", $"'{type}' is not a supported field type; use one of {string.Join(", ", InputTypes.Order(StringComparer.Ordinal))} or text"));
            return;
        }

        var key = component.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : "";
        if (!KeyPattern().IsMatch(key))
        {
            problems.Add(new FormProblemView(path + ".key", "an input needs a key (letters and digits)"));
        }
        else if (!DecisionFields.Contains(key))
        {
            problems.Add(new FormProblemView(path + ".key", $"'{key}' is not a field of the task decision; use one of {string.Join(", ", DecisionFields.Order(StringComparer.Ordinal))}"));
        }
        else if (!keys.TryAdd(key, component))
        {
            problems.Add(new FormProblemView(path + ".key", $"'{key}' is used by another field"));
        }

        if (type is "radio" or "select")
        {
            CheckValues(component, path, problems);
        }
    }

    private static void CheckValues(JsonElement component, string path, List<FormProblemView> problems)
    {
        if (!component.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            problems.Add(new FormProblemView(path + ".values", "a radio or select field needs a non-empty list of {label, value}"));
            return;
        }

        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Object
                || !value.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String
                || !value.TryGetProperty("value", out var v) || v.ValueKind != JsonValueKind.String || v.GetString()!.Length == 0)
            {
                problems.Add(new FormProblemView($"{path}.values[{index}]", "each option needs a label and a non-empty string value"));
            }

            index++;
        }
    }

    private static void CheckDecision(ITaskForm form, Dictionary<string, JsonElement> keys, List<FormProblemView> problems)
    {
        if (!keys.TryGetValue("decision", out var decision) || decision.GetProperty("type").GetString() is not ("radio" or "select"))
        {
            problems.Add(new FormProblemView("components", $"the form needs a radio or select field with key 'decision' offering {string.Join(", ", form.Decisions)}"));
            return;
        }

        if (!decision.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var value in values.EnumerateArray())
        {
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String
                && !form.Decisions.Contains(v.GetString()!))
            {
                problems.Add(new FormProblemView("decision", $"'{v.GetString()}' is not a decision of this task; it accepts {string.Join(", ", form.Decisions)}"));
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
