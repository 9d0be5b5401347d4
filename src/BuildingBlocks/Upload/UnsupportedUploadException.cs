namespace EduRelief.BuildingBlocks.Upload;

/// <summary>The upload is not of a media type the endpoint reads. Becomes a 415 problem.</summary>
public sealed class UnsupportedUploadException(string message) : Exception(message);
