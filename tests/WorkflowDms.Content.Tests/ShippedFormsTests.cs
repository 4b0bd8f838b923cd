using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace WorkflowDms.Content.Tests;

/// <summary>
/// Every <c>camunda:formKey</c> of every shipped workflow has a shipped form-js schema in <c>forms/&lt;formKey&gt;.form</c>,
/// and every shipped form is a form-js schema whose inputs are fields of the task decision body.
/// </summary>
public sealed class ShippedFormsTests
{
    private static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    // The body of POST /tasks/{id}/complete (TaskDecision); a form field outside it would never reach the workflow.
    private static readonly HashSet<string> DecisionFields = ["decision", "reasonCode", "comment", "approvedAmount", "validUntil"];

    private static string Forms => Path.Combine(ContentPaths.Root, "forms");

    public static TheoryData<string> FormKeysUsedByWorkflows()
    {
        var data = new TheoryData<string>();
        foreach (var key in UsedFormKeys().Keys.Order(StringComparer.Ordinal))
        {
            data.Add(key);
        }

        return data;
    }

    public static TheoryData<string> FormFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Forms, "*.form").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Workflows_UseFormKeys()
    {
        Assert.True(UsedFormKeys().Count >= 9, "the shipped workflows name at least the nine task forms of the five lifecycles");
    }

    [Theory]
    [MemberData(nameof(FormKeysUsedByWorkflows))]
    public void FormKey_UsedByAWorkflow_HasAShippedForm(string formKey)
    {
        var path = Path.Combine(Forms, formKey + ".form");
        Assert.True(File.Exists(path), $"forms/{formKey}.form is missing; it is used by {string.Join(", ", UsedFormKeys()[formKey])}");
    }

    [Theory]
    [MemberData(nameof(FormFiles))]
    public void ShippedForm_IsAFormJsSchemaOverTheDecisionBody(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Forms, fileName)));
        var root = document.RootElement;
        Assert.Equal("default", root.GetProperty("type").GetString());
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), root.GetProperty("id").GetString());
        Assert.True(root.GetProperty("schemaVersion").GetInt32() > 0);

        var inputs = root.GetProperty("components").EnumerateArray().Where(c => c.TryGetProperty("key", out _)).ToList();
        Assert.All(inputs, c => Assert.Contains(c.GetProperty("key").GetString()!, DecisionFields));
        Assert.Equal(inputs.Count, inputs.Select(c => c.GetProperty("key").GetString()).Distinct().Count());

        var decision = Assert.Single(inputs, c => c.GetProperty("key").GetString() == "decision");
        Assert.Contains(decision.GetProperty("type").GetString(), new[] { "radio", "select" });
        Assert.True(decision.GetProperty("validate").GetProperty("required").GetBoolean());
        Assert.NotEmpty(decision.GetProperty("values").EnumerateArray());
    }

    /// <summary>Form key → the "process/element" user tasks that name it, across workflows/*.bpmn.</summary>
    private static Dictionary<string, List<string>> UsedFormKeys()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var used = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(ContentPaths.Workflows, "*.bpmn"))
        {
            using var reader = XmlReader.Create(file, settings);
            foreach (var element in XDocument.Load(reader).Descendants())
            {
                if ((string?)element.Attribute(Camunda + "formKey") is { Length: > 0 } key)
                {
                    (used.TryGetValue(key, out var list) ? list : used[key] = []).Add($"{Path.GetFileNameWithoutExtension(file)}/{(string?)element.Attribute("id")}");
                }
            }
        }

        return used;
    }
}
