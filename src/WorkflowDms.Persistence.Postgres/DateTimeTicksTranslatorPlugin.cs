using Microsoft.EntityFrameworkCore.Query;

namespace WorkflowDms.Persistence.Postgres;

/// <summary>Hands EF Core the <see cref="DateTimeTicksTranslator"/>.</summary>
internal sealed class DateTimeTicksTranslatorPlugin(ISqlExpressionFactory sql, Microsoft.EntityFrameworkCore.Storage.IRelationalTypeMappingSource types)
    : IMemberTranslatorPlugin
{
    public IEnumerable<IMemberTranslator> Translators { get; } = [new DateTimeTicksTranslator(sql, types)];
}
