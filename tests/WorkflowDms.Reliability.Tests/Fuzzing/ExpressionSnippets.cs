namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>What the rule-expression mutations insert: operators, brackets, literals, reflection and I/O attempts.</summary>
internal static class ExpressionSnippets
{
    public static readonly string[] All =
    [
        " && ", " || ", " == ", " != ", " >= ", " + ", " * ", " / 0", " % ", " ? 1 : 0", "(", ")", "[", "]", "{", "}", "!", "-", "~", ".", ",", "\"", "'",
        "\"\u202E\"", "\"\\u0000\"", "\"\\", "1e400", "99999999999999999999999", "-9223372036854775808", "0x7FFFFFFF", "1.5m", "3L", "null", "true",
        "np(", "iif(", "it", "@0", "$", "x => x", ".Any(", ".All(l => l.", ".Sum(", ".Count()", ".Where(", ".Select(", ".GetType()", ".ToString()",
        "new(", "new Object()", "System.IO.File.ReadAllText(\"/etc/passwd\")", "Activator.CreateInstance(\"x\")", "AppDomain.CurrentDomain",
        "Environment.Exit(1)", "Type.GetType(\"System.IO.File\")", "Math.Pow(10, 9999)", "Convert.ToInt32(\"x\")", "DateTime.Parse(\"x\")",
        "string.Join(\",\", ", "as int", " is string", "Enumerable.Range(0, 2147483647)", "string.Concat(Enumerable.Repeat(\"x\", 2147483647))",
        "((((((((((((((((", "))))))))))))))))", "!!!!!!!!!!!!", "--------", string.Concat(Enumerable.Repeat("a.", 500)), new string('9', 1_500),
        "\uD800", "😀", "İ", "\u0000",
    ];
}
