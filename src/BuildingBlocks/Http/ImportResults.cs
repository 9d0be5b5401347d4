using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Http;

namespace EduRelief.BuildingBlocks.Http;

public static class ImportResults
{
    /// <summary>200 with the report when something was stored, checked (dry run) or nothing was wrong; else <see cref="NothingStored{TReport}"/>.</summary>
    public static IResult Report<TReport>(bool stored, bool dryRun, int rejected, TReport report, bool partialAllowed = true) =>
        stored || dryRun || rejected == 0 ? Results.Ok(report) : NothingStored(rejected, report, partialAllowed);

    /// <summary>
    /// A file with bad rows imported all-or-nothing: a 400 problem that still carries the whole report
    /// (every bad row with its line, column and reason), and says nothing was stored.
    /// </summary>
    public static IResult NothingStored<TReport>(int rejected, TReport report, bool partialAllowed = true) =>
        Results.Problem(
            title: new UserText("文件中有错误行，未保存任何数据", "The file has bad rows; nothing was stored"),
            detail: partialAllowed
                ? new UserText(
                    $"有 {rejected} 行被拒绝。请更正后重新上传，或加上 partial=true 重新上传以保存正确的行。",
                    $"{rejected} row(s) were refused. Correct them, or send the file again with partial=true to keep the good rows.")
                : new UserText(
                    $"有 {rejected} 行被拒绝。请更正后重新上传整个文件。",
                    $"{rejected} row(s) were refused. Correct them and send the whole file again."),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["report"] = report });
}
