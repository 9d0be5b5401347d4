using EduRelief.BuildingBlocks.Persistence;
using System.Text.Json;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Host.Http;

/// <summary>
/// Every error leaves as an RFC 7807 problem: bad input 400 with each field named, unknown 404, conflicts 409,
/// oversized 413, wrong media type 415, anything else 500 without internals. Titles and details are in the caller's
/// language, built here for this request.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, httpContext.Request.Method, httpContext.Request.Path, exception);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (exception is TooManyLookupsException tooMany)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(tooMany.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    internal static ProblemDetails Describe(Exception exception) => exception switch
    {
        ValidationFailedException v => Invalid(v.Errors),
        BadHttpRequestException { InnerException: JsonException json } => Invalid(JsonBindingErrors.Describe(json)),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            Problem(
                StatusCodes.Status413PayloadTooLarge,
                new UserText("请求内容过大", "The request body is too large"),
                new UserText("请求内容超过允许的大小，未做任何更改", "The request body exceeds the allowed size; nothing was changed")),
        BadHttpRequestException bad when ParameterBindingErrors.TryDescribe(bad.Message, out var parameter) => Invalid(parameter),
        BadHttpRequestException bad when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) =>
            Invalid(("body", new UserText("必填：请以 JSON 格式发送各字段", "is required: send the fields as JSON"))),
        // The framework's own reason is kept after the sentence: it is English, but it says what was wrong.
        BadHttpRequestException bad => Problem(
            StatusCodes.Status400BadRequest,
            new UserText("无法读取请求", "The request could not be read"),
            new UserText($"请求格式不正确，未做任何更改（{bad.Message}）", $"The request is malformed; nothing was changed ({bad.Message})")),
        NotFoundException n => Problem(StatusCodes.Status404NotFound, ResourceNames.NotFoundTitle(n.Resource), n.Message),
        OutOfScopeException o => Problem(StatusCodes.Status404NotFound, ResourceNames.NotFoundTitle(o.Resource), o.Message),
        TooManyLookupsException tooMany => new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["nationalId"] = [tooMany.Message] })
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = new UserText("查询过于频繁，未做任何查询", "Too many lookups; nothing was looked up"),
        },
        ForbiddenException f => Problem(StatusCodes.Status403Forbidden, new UserText("无权操作，未做任何更改", "Not allowed; nothing was changed"), f.Message),
        ConflictException c => Conflict(c.Field, c.Message),
        DbUpdateConcurrencyException => Conflict(
            "version",
            new UserText("该记录已被他人修改，请重新加载后再试", "the record was changed by someone else; reload it and try again")),
        DbUpdateException duplicate when UniqueViolation.Caused(duplicate) => Conflict(
            "body",
            new UserText("与已有记录冲突（键重复）", "the change conflicts with an existing record (a duplicate key)")),
        UploadTooLargeException big => Problem(StatusCodes.Status413PayloadTooLarge, new UserText("文件过大", "The file is too large"), big.Message),
        UnsupportedUploadException media => Problem(StatusCodes.Status415UnsupportedMediaType, new UserText("不支持的文件类型", "Unsupported file type"), media.Message),
        _ => Problem(
            StatusCodes.Status500InternalServerError,
            new UserText("系统内部错误", "Something went wrong on our side"),
            new UserText(
                "错误已记录；请求未完成的，您提交的内容均未保存。",
                "The error has been logged; nothing you sent was stored if the request did not complete.")),
    };

    private static HttpValidationProblemDetails Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = new UserText("一个或多个字段有误，未做任何更改", "One or more fields are invalid; nothing was changed"),
        };

    private static HttpValidationProblemDetails Invalid((string Field, string Message) error) =>
        Invalid(new Dictionary<string, string[]> { [error.Field] = [error.Message] });

    private static HttpValidationProblemDetails Conflict(string field, string message) =>
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status409Conflict,
            Title = new UserText("冲突，未做任何更改", "Conflict; nothing was changed"),
            Detail = message,
        };

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, string method, string path, Exception error);
}
