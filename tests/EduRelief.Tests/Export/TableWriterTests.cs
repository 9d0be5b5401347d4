using System.IO.Compression;
using System.Text;
using EduRelief.BuildingBlocks.Export;
using MiniExcelLibs;

namespace EduRelief.Tests.Export;

public sealed class TableWriterTests
{
    private static readonly string[] Headers = ["身份证号", "姓名", "金额（元）", "支付日期"];

    private static async Task<byte[]> WriteAsync(ExportFormat format, Stream? into = null, params ExportCell[][] rows)
    {
        var output = into ?? new MemoryStream();
        await using (var writer = TableWriter.For(format, output, "名册"))
        {
            await writer.WriteHeaderAsync(Headers, CancellationToken.None);
            foreach (var row in rows)
            {
                await writer.WriteRowAsync(row, CancellationToken.None);
            }

            await writer.CompleteAsync(CancellationToken.None);
        }

        return (output as MemoryStream)?.ToArray() ?? [];
    }

    [Fact]
    public async Task A_csv_starts_with_a_bom_quotes_what_needs_it_and_defuses_formulas()
    {
        var bytes = await WriteAsync(ExportFormat.Csv, null,
            ["52010220150305123X", "张\"三\"", 500m, new DateOnly(2026, 3, 1)],
            ["=HYPERLINK(\"http://x\")", "李,四", 0.5m, (DateOnly?)null]);

        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(
            "身份证号,姓名,金额（元）,支付日期\r\n52010220150305123X,\"张\"\"三\"\"\",500.00,2026-03-01\r\n\"'=HYPERLINK(\"\"http://x\"\")\",\"李,四\",0.50,\r\n",
            text);
    }

    [Fact]
    public async Task An_xlsx_keeps_ids_as_text_amounts_as_numbers_and_dates_as_dates()
    {
        var bytes = await WriteAsync(ExportFormat.Xlsx, null, ["52010220150305123X", "张三", 500.5m, new DateOnly(2026, 3, 1)]);

        using var file = new MemoryStream(bytes);
        Assert.Equal(["名册"], MiniExcel.GetSheetNames(file));
        var rows = file.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Headers, rows[0].Values.Select(v => v?.ToString()));
        Assert.Equal("52010220150305123X", rows[1]["A"]);
        Assert.Equal(500.5, Assert.IsType<double>(rows[1]["C"]));
        Assert.Equal(new DateTime(2026, 3, 1), Assert.IsType<DateTime>(rows[1]["D"]));
    }

    [Fact]
    public async Task A_formula_in_a_cell_is_written_as_text_in_an_xlsx()
    {
        var bytes = await WriteAsync(ExportFormat.Xlsx, null, ["=1+1", "x", 1m, (DateOnly?)null]);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var sheet = new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open());
        var xml = await sheet.ReadToEndAsync();
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        Assert.Contains("=1+1", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_written_before_the_first_row_so_a_refusal_can_still_be_a_problem()
    {
        foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
        {
            var output = new MemoryStream();
            await using (var writer = TableWriter.For(format, output, "名册"))
            {
                await writer.WriteHeaderAsync(Headers, CancellationToken.None);
            }

            Assert.Equal(0, output.Length);
        }
    }

    [Fact]
    public async Task An_xlsx_is_written_to_a_response_body_that_refuses_synchronous_writes()
    {
        var body = new AsyncOnlyStream();

        await WriteAsync(ExportFormat.Xlsx, body, Enumerable.Range(0, 5_000).Select(i => new ExportCell[] { $"ID{i}", "名", (decimal)i, new DateOnly(2026, 1, 1) }).ToArray());

        using var file = new MemoryStream(body.Written.ToArray());
        Assert.Equal(5_001, file.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Count());
    }

    /// <summary>As Kestrel's response body: synchronous writes throw.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => Written.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Written.WriteAsync(buffer, offset, count, cancellationToken);

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
