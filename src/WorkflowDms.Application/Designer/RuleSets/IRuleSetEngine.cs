using System.Text.Json;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>
/// What the rule-set designer needs from the rules engine, which the application must not reference (the host
/// adapts WorkflowDms.Rules to this). Drafts are compiled on the designer's requests; evaluations never compile.
/// </summary>
public interface IRuleSetEngine
{
    /// <summary>The shipped <c>rules/*.json</c> files: rule-set name (the file name) and content, in name order.</summary>
    IReadOnlyList<(string Name, string Json)> ReadShipped();

    /// <summary>Everything wrong with <paramref name="json"/> as rule set <paramref name="name"/>; empty when it compiles.</summary>
    IReadOnlyList<RuleSetProblemView> Validate(string name, string json);

    /// <summary>Compiles <paramref name="json"/> (or reuses the designer's compilation) and swaps it in as the live <paramref name="version"/>.</summary>
    /// <returns>Why it was refused (then nothing changed); empty when it is live.</returns>
    IReadOnlyList<RuleSetProblemView> Publish(string name, int version, string json);

    /// <summary>The version evaluations use now, or null when no rule set of that name is loaded.</summary>
    int? LiveVersion(string name);

    /// <summary>Whether one expression compiles against the declared inputs of the live version (cached by text).</summary>
    ExpressionCheckView CheckExpression(string name, string expression);

    /// <summary>Runs facts through <paramref name="json"/> as <paramref name="version"/>, or through the live version when null.</summary>
    /// <exception cref="Common.RequestBodyException">The facts do not fit the inputs (400 naming the field).</exception>
    /// <exception cref="RuleSetDoesNotCompileException">The JSON does not compile.</exception>
    RuleSetTestView Test(string name, string? json, int version, JsonElement facts);

    /// <summary>The shipped sample cases of the rule set.</summary>
    IReadOnlyList<RuleSetSampleView> Samples(string name);
}
