using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Diagnostics;

namespace EduRelief.Host.Http;

/// <summary>
/// A response that leaves with an error status and no body (the 401 of the sign-in gate, a 403 for a role, an unknown
/// route) gets a problem body whose title is in the caller's language.
/// </summary>
internal static class StatusCodeProblems
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var title = TitleFor(status)?.ToString();
        var problems = http.RequestServices.GetService<IProblemDetailsService>();
        if (problems is not null
            && await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status, Title = title } }))
        {
            return;
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(title is null ? $"Status Code: {status}" : $"Status Code: {status}; {title}");
    }

    /// <summary>Null leaves the standard (English) title of the status.</summary>
    private static UserText? TitleFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => new UserText("请先登录", "Unauthorized"),
        StatusCodes.Status403Forbidden => new UserText("无权访问", "Forbidden"),
        StatusCodes.Status404NotFound => new UserText("未找到", "Not Found"),
        StatusCodes.Status405MethodNotAllowed => new UserText("不支持该请求方法", "Method Not Allowed"),
        StatusCodes.Status406NotAcceptable => new UserText("无法按要求的格式返回", "Not Acceptable"),
        StatusCodes.Status415UnsupportedMediaType => new UserText("不支持的内容类型", "Unsupported Media Type"),
        _ => null,
    };
}
