// Saves a file the console built on the server (a list's export) through the browser's download.
window.eduRelief = {
    download: async (fileName, contentType, stream) => {
        const blob = new Blob([await stream.arrayBuffer()], { type: contentType });
        const url = URL.createObjectURL(blob);
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        URL.revokeObjectURL(url);
    }
};
