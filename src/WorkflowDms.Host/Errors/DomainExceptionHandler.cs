using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Host.Errors;

/// <summary>
/// Maps every exception that leaves a use case to an RFC 9457 ProblemDetails, in one place: not found → 404,
/// an illegal state move or a lost race → 409, a policy or business rule → 422, bad input → 400/413.
/// Anything unexpected is a 500 that says nothing about internals.
/// </summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        context.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Map(Exception exception) => exception switch
    {
        // A service-task handler's domain error surfaces through the engine; the domain error is the answer.
        WorkflowExecutionException { InnerException: DomainException or ValidationException } w => Map(w.InnerException!),
        WorkflowExecutionException w => Problem(422, "The workflow could not continue", $"{w.ElementId}: {w.Reason}"),
        StaleStimulusException s => Problem(409, "Conflict", s.Message),
        ValidationException v => ValidationProblem(v),
        RequestBodyException b => Problem(b.StatusCode, b.Title, b.Message, b.Field),
        BadHttpRequestException { StatusCode: 413 } => Problem(413, "Request body too large", "The request body exceeds the size limit."),
        BadHttpRequestException b => Problem(b.StatusCode, "Bad request", BadRequestDetail(b)),
        NotFoundException n => Problem(404, "Not found", n.Message),
        InvalidTransitionException t => Problem(409, "Conflict", t.Message),
        ConflictException c => Problem(409, "Conflict", c.Message),
        DbUpdateConcurrencyException => Problem(409, "Conflict", "The object was changed by someone else at the same time; reload and try again."),
        BusinessRuleException r => Problem(422, "Business rule violated", r.Message, code: r.Code),
        DomainException d => Problem(422, "Unprocessable", d.Message),
        UnauthorizedAccessException => Problem(401, "Unauthorized", "Authentication is required."),
        OperationCanceledException => Problem(499, "Request cancelled", "The client closed the request."),
        _ => Problem(500, "Internal server error", "An unexpected error occurred. It has been logged."),
    };

    private static string BadRequestDetail(BadHttpRequestException exception) =>
        exception.InnerException is System.Text.Json.JsonException json
            ? $"The request body is not valid JSON{(json.Path is null ? "" : $" at '{json.Path}'")}."
            : exception.Message;

    private static ProblemDetails ValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => ToJsonPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = 400,
            Title = "One or more fields are invalid",
            Detail = string.Join(" ", exception.Errors.Select(e => $"{ToJsonPath(e.PropertyName)}: {e.ErrorMessage}")),
        };
    }

    /// <summary>FluentValidation says <c>Lines[0].Quantity</c>; API clients sent <c>lines[0].quantity</c>.</summary>
    internal static string ToJsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    private static ProblemDetails Problem(int status, string title, string detail, string? field = null, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }
}
