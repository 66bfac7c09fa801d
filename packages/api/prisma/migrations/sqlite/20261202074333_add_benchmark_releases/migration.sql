-- CreateTable
CREATE TABLE "BenchmarkRelease" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionnaireId" TEXT NOT NULL,
    "questionnaireVersion" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "mode" TEXT NOT NULL,
    "epsilon" REAL,
    "minSize" INTEGER NOT NULL,
    "synthetic" BOOLEAN NOT NULL,
    "datasetIds" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BenchmarkRelease_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "BenchmarkRelease_questionnaireId_questionnaireVersion_version_key" ON "BenchmarkRelease"("questionnaireId", "questionnaireVersion", "version");
