using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowDms.Persistence.Postgres;

/// <summary>
/// Translates <see cref="DateTime.Ticks"/>, which EF Core's SQLite provider translates (via <c>julianday</c>) and
/// Npgsql does not, so a query that measures time between two columns in ticks (the statistics' time to decision)
/// runs in the database on both: <c>CAST(date_part('epoch', x) * 1e7 AS bigint) + ticks of 1970-01-01</c>.
/// <c>date_part</c> is a double, exact to a few ticks at today's dates; callers that bucket by minute round anyway.
/// </summary>
internal sealed class DateTimeTicksTranslator(ISqlExpressionFactory sql, IRelationalTypeMappingSource types) : IMemberTranslator
{
    private static readonly MemberInfo Ticks = typeof(DateTime).GetProperty(nameof(DateTime.Ticks))!;

    public SqlExpression? Translate(SqlExpression? instance, MemberInfo member, Type returnType, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (instance is null || !member.Equals(Ticks))
        {
            return null;
        }

        var doubleMapping = types.FindMapping(typeof(double));
        var epochSeconds = sql.Function(
            "date_part",
            [sql.Constant("epoch", types.FindMapping(typeof(string))), instance],
            nullable: true,
            argumentsPropagateNullability: [false, true],
            typeof(double),
            doubleMapping);
        var ticksSinceEpoch = sql.Convert(sql.Multiply(epochSeconds, sql.Constant((double)TimeSpan.TicksPerSecond, doubleMapping)), typeof(long));
        return sql.Add(ticksSinceEpoch, sql.Constant(DateTime.UnixEpoch.Ticks, types.FindMapping(typeof(long))));
    }
}
