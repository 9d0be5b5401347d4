using System.Text;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.SharedKernel.Errors;
using MiniExcelLibs;

namespace EduRelief.Tests.Upload;

public sealed class UploadTableTests
{
    private static readonly Encoding Gb18030 = CreateGb18030();

    private static async Task<List<List<string>>> RowsAsync(byte[] bytes, string? contentType = "text/csv", string? sheet = null, long maxBytes = 1 << 26)
    {
        await using var table = await new UploadedFile(new MemoryStream(bytes), contentType, Sheet: sheet).OpenAsync(maxBytes, CancellationToken.None);
        var rows = new List<List<string>>();
        var cells = new List<string>();
        while (await table.TryReadRowAsync(cells))
        {
            rows.Add([table.RowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), .. cells]);
        }

        return rows;
    }

    /// <summary>ASCII filler of exactly <paramref name="bytes"/> bytes: one cell per line, so the rows can be counted.</summary>
    private static string Filler(int bytes) => string.Concat(Enumerable.Repeat("x,y\n", bytes / 4)) + new string('z', bytes % 4);

    [Theory]
    [InlineData(65_535)]
    [InlineData(65_534)]
    [InlineData(65_533)]
    public async Task A_utf8_character_cut_by_the_sniffed_head_is_still_read_as_utf8(int before)
    {
        var text = Filler(before) + "欧阳娜娜\n";

        var rows = await RowsAsync(Encoding.UTF8.GetBytes(text));

        Assert.EndsWith("欧阳娜娜", rows[^1][1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gb18030_character_cut_by_the_sniffed_head_is_still_read_as_gb18030()
    {
        var text = "姓名\n" + Filler(65_535 - 5) + "张三\n";
        var bytes = Gb18030.GetBytes(text);
        Assert.Equal(0xD5, bytes[65_535]);

        var rows = await RowsAsync(bytes, contentType: null);

        Assert.Equal("姓名", rows[0][1]);
        Assert.EndsWith("张三", rows[^1][1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byte_order_mark_is_not_part_of_the_first_header()
    {
        var rows = await RowsAsync([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("身份证号,姓名\n1,张三\n")]);

        Assert.Equal(["1", "身份证号", "姓名"], rows[0]);
        Assert.Equal(["2", "1", "张三"], rows[1]);
    }

    [Fact]
    public async Task A_workbook_row_numbers_count_empty_rows_and_cells_read_as_a_csv_would_hold_them()
    {
        var xlsx = await WorkbookAsync();

        var rows = await RowsAsync(xlsx, contentType: null);

        Assert.Equal(["1", "姓名", "年级", "入学日期", "是否寄宿"], rows[0]);
        Assert.Equal(["2", "", "", "", ""], rows[1]);
        Assert.Equal(["3", "张三", "3", "2021-09-01", "true"], rows[2]);
        Assert.Equal(["4", "李四", "12.5", "2021-09-01 08:30:00", "false"], rows[3]);
    }

    [Fact]
    public async Task A_workbook_over_the_limit_is_refused_as_it_is_spooled()
    {
        var xlsx = await WorkbookAsync();

        await Assert.ThrowsAsync<UploadTooLargeException>(() => RowsAsync(xlsx, maxBytes: xlsx.Length - 1));
    }

    [Fact]
    public async Task The_spooled_copy_of_a_workbook_is_deleted_when_the_table_is_done()
    {
        var before = Spooled();

        var workbook = await WorkbookAsync();
        await RowsAsync(workbook, contentType: null);
        await Assert.ThrowsAsync<ValidationFailedException>(() => RowsAsync(workbook, sheet: "无此表"));

        Assert.Equal(before, Spooled());
    }

    private static int Spooled() => Directory.GetFiles(Path.GetTempPath(), "edurelief-upload-*.xlsx").Length;

    private static Task<byte[]> WorkbookAsync()
    {
        object?[][] rows =
        [
            ["姓名", "年级", "入学日期", "是否寄宿"],
            [null, null, null, null],
            ["张三", 3, new DateTime(2021, 9, 1), true],
            ["李四", 12.5, new DateTime(2021, 9, 1, 8, 30, 0), false],
        ];
        using var file = new MemoryStream();
        var sheet = rows.Select(row => row.Select((value, i) => (Column: ((char)('A' + i)).ToString(), value)).ToDictionary(c => c.Column, c => c.value));
        file.SaveAs(new Dictionary<string, object> { ["花名册"] = sheet.ToList() }, printHeader: false, excelType: ExcelType.XLSX);
        return Task.FromResult(file.ToArray());
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
