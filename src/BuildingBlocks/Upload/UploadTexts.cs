using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.BuildingBlocks.Upload;

/// <summary>Why an upload cannot be read, in the user's words; every one names the field it is about.</summary>
internal static class UploadTexts
{
    public static ValidationFailedException NeitherCsvNorXlsx() => ValidationFailedException.For("file", new UserText(
        "既不是 CSV 文本文件，也不是 XLSX 工作簿；请上传 .csv 或 .xlsx 文件",
        "is neither a CSV text file nor an XLSX workbook; upload a .csv or .xlsx file"));

    public static ValidationFailedException ProtectedOrLegacyWorkbook() => ValidationFailedException.For("file", new UserText(
        "是设有打开密码的工作簿或旧版 .xls 文件，无法读取；请取消密码，或在 Excel 中另存为 .xlsx 后重新上传",
        "is a password-protected workbook or an old .xls file and cannot be read; remove the password, or save it as .xlsx in Excel, and upload again"));

    public static ValidationFailedException NotAWorkbook() => ValidationFailedException.For("file", new UserText(
        "不是可读取的 XLSX 工作簿（文件已损坏或不是 Excel 文件）",
        "is not a readable XLSX workbook (the file is damaged or is not an Excel file)"));

    public static ValidationFailedException DamagedAtRow(int row) => ValidationFailedException.For("file", new UserText(
        $"工作簿在第 {row} 行处已损坏，无法继续读取",
        $"the workbook is damaged at row {row} and cannot be read on"));

    public static string NoSuchSheet(string sheet, IEnumerable<string> names) => new UserText(
        $"工作簿中没有名为“{sheet}”的工作表；现有工作表：{string.Join("、", names)}",
        $"the workbook has no sheet '{sheet}'; its sheets are: {string.Join(", ", names)}");

    public static string CsvHasNoSheets() => new UserText("CSV 文件没有工作表；sheet 仅用于 XLSX", "a CSV file has no sheets; sheet is for XLSX only");

    public static string UnknownCharset(string name) => new UserText(
        $"不支持字符集“{name}”；请用 utf-8 或 gb18030",
        $"the charset '{name}' is not read; use utf-8 or gb18030");

    public static ValidationFailedException NeitherUtf8NorGb18030() => ValidationFailedException.For("file", new UserText(
        "既不是有效的 UTF-8 文本，也不是有效的 GB18030/GBK 文本；请在表格软件中另存为“CSV UTF-8”或 .xlsx 后重新上传",
        "is neither valid UTF-8 nor valid GB18030/GBK text; save it as \"CSV UTF-8\" or .xlsx and upload again"));

    public static ValidationFailedException NotValidAfterHead(string encoding) => ValidationFailedException.For("file", new UserText(
        $"开头按 {encoding} 读取，但后面有不是 {encoding} 的内容（文件混用了两种编码？）；请整体另存为一种编码，或用 charset 参数指明编码",
        $"reads as {encoding} at first but later holds bytes that are not {encoding} (two encodings in one file?); save it in one encoding, or name it with charset"));

    public static ValidationFailedException NoFileField() => ValidationFailedException.For("file", new UserText(
        "表单中没有名为 file 的文件字段", "the form has no file field named 'file'"));
}
