namespace EduRelief.BuildingBlocks.Upload;

public static class UploadMediaTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>What a file picker offers: the two formats every import reads.</summary>
    public const string Accept = ".csv,.xlsx,text/csv," + Xlsx;
}
