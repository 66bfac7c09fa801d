-- CreateTable
CREATE TABLE "BenchmarkRelease" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "questionnaireVersion" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "mode" TEXT NOT NULL,
    "epsilon" DOUBLE PRECISION,
    "minSize" INTEGER NOT NULL,
    "synthetic" BOOLEAN NOT NULL,
    "datasetIds" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenchmarkRelease_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BenchmarkRelease_questionnaireId_questionnaireVersion_versi_key" ON "BenchmarkRelease"("questionnaireId", "questionnaireVersion", "version");

-- AddForeignKey
ALTER TABLE "BenchmarkRelease" ADD CONSTRAINT "BenchmarkRelease_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
