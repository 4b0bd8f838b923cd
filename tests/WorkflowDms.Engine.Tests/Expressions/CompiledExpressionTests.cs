using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Tests.Expressions;

public sealed class CompiledExpressionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, object?> Variables = new()
    {
        ["amount"] = 1500L,
        ["rate"] = 0.5m,
        ["ratio"] = 2.5d,
        ["name"] = "Ann",
        ["approved"] = true,
        ["nothing"] = null,
        ["groups"] = new List<object?> { "sales", "credit" },
        ["claim"] = new Dictionary<string, object?> { ["vin"] = "WVW123", ["lines"] = new List<object?> { 10L, 20L } },
        ["due"] = "2025-03-01T00:00:00.0000000+00:00",
    };

    private static object? Eval(string text) =>
        CompiledExpression.Compile(text).Evaluate(new EvaluationContext(new DictionaryVariableSource(Variables), Now));

    [Theory]
    [InlineData("${1 + 2 * 3}", 7L)]
    [InlineData("${(1 + 2) * 3}", 9L)]
    [InlineData("${7 / 2}", 3L)]
    [InlineData("${7 % 4}", 3L)]
    [InlineData("${-amount + 500}", -1000L)]
    [InlineData("${'a' + \"b\" + 1}", "ab1")]
    [InlineData("${amount > 1000 && approved}", true)]
    [InlineData("${amount gt 1000 and not approved}", false)]
    [InlineData("${amount == 1500.0}", true)]
    [InlineData("${rate < ratio}", true)]
    [InlineData("${amount eq 1500 ? 'big' : 'small'}", "big")]
    [InlineData("${name != 'Bob' || false}", true)]
    [InlineData("${empty nothing}", true)]
    [InlineData("${empty groups}", false)]
    [InlineData("${empty undefinedVariable}", true)]
    [InlineData("${nothing == null}", true)]
    [InlineData("${nothing < 5}", false)]
    [InlineData("${claim.vin}", "WVW123")]
    [InlineData("${claim['vin']}", "WVW123")]
    [InlineData("${claim.lines[1]}", 20L)]
    [InlineData("${claim.missing == null}", true)]
    [InlineData("${groups.contains('credit')}", true)]
    [InlineData("${groups.size()}", 2L)]
    [InlineData("${claim.lines.Count}", 2L)]
    [InlineData("${name.contains('n')}", true)]
    [InlineData("${due < now()}", true)]
    [InlineData("#{amount ge 1500}", true)]
    public void Evaluate_ValidExpression_ReturnsValue(string text, object expected) => Assert.Equal(expected, Eval(text));

    [Fact]
    public void Evaluate_DecimalArithmetic_StaysDecimal() => Assert.Equal(750.0m, Eval("${amount * rate}"));

    [Fact]
    public void Evaluate_CamundaDateTime_AddsCalendarUnits()
    {
        Assert.Equal(Now.AddDays(7), Eval("${dateTime().plusWeeks(1).toDate()}"));
        Assert.Equal(Now.AddMonths(1).AddHours(-2), Eval("${dateTime().plusMonths(1).minusHours(2)}"));
        Assert.Equal(Now, Eval("${now()}"));
    }

    [Theory]
    [InlineData("${unknown > 1}", "unknown variable 'unknown'")]
    [InlineData("${name > 1}", "cannot compare string with integer")]
    [InlineData("${!amount}", "expected a boolean")]
    [InlineData("${amount / 0}", "division by zero")]
    [InlineData("${groups[5]}", "out of range")]
    [InlineData("${nothing.x}", "of null")]
    [InlineData("${amount && true}", "expected a boolean")]
    public void Evaluate_Invalid_ThrowsClearError(string text, string message)
    {
        var ex = Assert.Throws<ExpressionException>(() => Eval(text));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("${}")]
    [InlineData("${1 +}")]
    [InlineData("${(1}")]
    [InlineData("${a ? b}")]
    [InlineData("${'open}")]
    [InlineData("${foo()}")]
    [InlineData("${a.unknownMethod()}")]
    [InlineData("${a @ b}")]
    [InlineData("amount > 1")]
    [InlineData("=amount > 1")]
    public void Compile_InvalidText_Throws(string text) => Assert.Throws<ExpressionException>(() => CompiledExpression.Compile(text));

    [Fact]
    public void Compile_DeepNesting_IsRefusedNotAStackOverflow()
    {
        var text = "${" + new string('(', 1000) + "1" + new string(')', 1000) + "}";

        var ex = Assert.Throws<ExpressionException>(() => CompiledExpression.Compile(text));

        Assert.Contains("nested deeper", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_DeepUnaryChain_IsRefused() =>
        Assert.Throws<ExpressionException>(() => CompiledExpression.Compile("${" + new string('!', 5000) + "true}"));

    [Fact]
    public void Template_MixedText_ConcatenatesAndSingleExpressionKeepsType()
    {
        var context = new EvaluationContext(new DictionaryVariableSource(Variables), Now);

        Assert.Equal("group-Ann-x", Template.Parse("group-${name}-x").Evaluate(context));
        Assert.Same(Variables["groups"], Template.Parse("${groups}").Evaluate(context));
        Assert.True(Template.Parse("sales").IsLiteral);
    }
}
