package dev.dynaq.it.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import java.time.Instant;

/** Dynantic's blog post: a JavaBean whose category and slug form the {@code CategoryIndex}. */
@DynamoTable(name = "blog_posts")
public class BlogPost {
    @PartitionKey
    private String postId;
    @SortKey
    private String authorId;
    private String title;
    private String content;
    private Instant publishedAt;
    @GsiPartitionKey(index = "CategoryIndex")
    private String category;
    @GsiSortKey(index = "CategoryIndex")
    private String slug;

    public String getPostId() {
        return postId;
    }

    public void setPostId(String postId) {
        this.postId = postId;
    }

    public String getAuthorId() {
        return authorId;
    }

    public void setAuthorId(String authorId) {
        this.authorId = authorId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
