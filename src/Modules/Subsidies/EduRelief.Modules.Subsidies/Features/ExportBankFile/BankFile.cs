using System.Text;

namespace EduRelief.Modules.Subsidies.Features.ExportBankFile;

/// <summary>The bank file as it leaves the system, from the API or the console: the same bytes, type and name.</summary>
internal static class BankFile
{
    public const string ContentType = "text/csv";

    public static byte[] Bytes(string csv) => Encoding.UTF8.GetBytes(csv);

    public static string FileName(Guid batchId) => $"batch-{batchId}.csv";
}
